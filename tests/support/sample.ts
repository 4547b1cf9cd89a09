import fs from "node:fs";

/**
 * The sample content in content/, written out by hand from its files: what
 * the pages are expected to show. Nothing here asks the site's code, so a
 * bug in the index (order, filters, related links) fails a test instead of
 * moving its expectation along with it. Edit this with the sample files.
 */

export type SampleKind = "news" | "video" | "column";

export interface SampleStory {
  path: string;
  title: string;
  summary: string;
  /** As the file writes it, in Karachi time (a date alone is Karachi midnight). */
  date: string;
  category?: string;
  author: string;
  tags: string[];
  image?: true;
  breaking?: true;
  featured?: true;
  live?: true;
}

/** Every published story, newest first (same instant: slug order). */
export const STORIES: readonly SampleStory[] = [
  {
    path: "/columns/children-screens-silent-dinner-table",
    title: "کھانے کی میز پر خاموشی: جب گھر کے ہر فرد کے ہاتھ میں ایک اسکرین ہو",
    summary:
      "ہم نے بچوں کے ہاتھ میں فون تو تھما دیا مگر ان کے ساتھ بیٹھ کر بات کرنے کا ہنر خود بھول گئے، اسکرین کا مسئلہ دراصل بچوں کا نہیں ہم بڑوں کا مسئلہ ہے۔",
    date: "2026-11-29T11:00:00+05:00",
    author: "farhat-naqvi",
    tags: ["اسمارٹ فون", "خاندان", "تعلیم", "نوجوان"],
    image: true,
  },
  {
    path: "/news/lahore-smog-schools-closed",
    title: "لاہور میں اسموگ خطرناک حد تک بڑھ گئی، پنجاب کے 10 اضلاع میں اسکول ایک ہفتہ بند",
    summary:
      "لاہور میں فضائی معیار کا انڈیکس 480 سے تجاوز کر گیا، پنجاب حکومت نے پیر سے اسکول بند کرنے، تعمیراتی کام روکنے اور دفاتر میں آدھے عملے کی حاضری کا حکم دے دیا۔",
    date: "2026-11-29T10:30:00+05:00",
    category: "pakistan",
    author: "news-desk",
    tags: ["لاہور", "موسم", "تعلیم"],
    image: true,
    breaking: true,
  },
  {
    path: "/news/sindh-flood-relief-live",
    title: "سندھ میں سیلابی ریلا: امدادی کارروائیوں کی لمحہ بہ لمحہ صورت حال",
    summary:
      "دریائے سندھ میں اونچے درجے کا سیلاب، نشیبی دیہات خالی کرائے جا رہے ہیں؛ امدادی ٹیموں، بیراجوں اور متاثرین کی تازہ صورت حال یہاں۔",
    date: "2026-11-28T20:00:00+05:00",
    category: "pakistan",
    author: "news-desk",
    tags: ["سیلاب", "سندھ"],
    live: true,
  },
  {
    path: "/news/national-assembly-water-storage-bill",
    title: "قومی اسمبلی سے آبی ذخائر ترمیمی بل منظور، نئے ڈیموں کے لیے خصوصی فنڈ قائم ہوگا",
    summary:
      "بل کے تحت پانی ذخیرہ کرنے کے منصوبوں کے لیے الگ قومی فنڈ بنے گا اور صوبوں کو ان کے آبی حصے کی سہ ماہی رپورٹ ملے گی، اپوزیشن نے بعض شقوں پر اعتراض اٹھایا۔",
    date: "2026-11-28T16:20:00+05:00",
    category: "pakistan",
    author: "imran-qureshi",
    tags: ["پارلیمان", "اسلام آباد", "پانی", "توانائی"],
    image: true,
    featured: true,
  },
  {
    path: "/videos/video-lahore-smog-morning-commute",
    title: "دھند اور دھوئیں میں لپٹی لاہور کی صبح، دفتر اور اسکول جانے والوں پر کیا گزری؟",
    summary:
      "خبرنامہ کی ٹیم نے صبح سات بجے لاہور کی مصروف شاہراہوں پر موٹر سائیکل سواروں، طلبہ اور مزدوروں سے بات کی جو روزانہ اسموگ میں سفر کرنے پر مجبور ہیں۔",
    date: "2026-11-28T08:45:00+05:00",
    category: "health",
    author: "video-desk",
    tags: ["اسموگ", "لاہور", "موسم"],
    image: true,
  },
  {
    path: "/news/smog-season-respiratory-patients-increase",
    title: "اسموگ بڑھتے ہی سانس اور آنکھوں کے امراض میں اضافہ، اسپتالوں میں مریضوں کا رش",
    summary:
      "لاہور اور گرد و نواح میں فضائی آلودگی کا اشاریہ مسلسل خطرناک حد سے اوپر ہے، ڈاکٹروں نے بچوں، بزرگوں اور دمے کے مریضوں کو بلا ضرورت باہر نہ نکلنے کا مشورہ دیا۔",
    date: "2026-11-27T09:30:00+05:00",
    category: "health",
    author: "news-desk",
    tags: ["اسموگ", "لاہور", "صحت", "موسم"],
    image: true,
  },
  {
    path: "/news/quaid-trophy-final-karachi",
    title: "قائد اعظم ٹرافی: کراچی وائٹس چیمپئن، فائنل میں سیالکوٹ کو 7 وکٹوں سے شکست",
    summary:
      "نیشنل بینک اسٹیڈیم میں کھیلے گئے فائنل کے چوتھے روز کراچی وائٹس نے 214 رنز کا ہدف 3 وکٹوں پر حاصل کیا، فاسٹ بولر دانیال شیخ نے میچ میں 9 وکٹیں لیں۔",
    date: "2026-11-26T19:50:00+05:00",
    category: "sports",
    author: "sports-desk",
    tags: ["کرکٹ", "کراچی"],
    image: true,
  },
  {
    path: "/news/psx-index-record-high",
    title: "اسٹاک مارکیٹ میں نیا ریکارڈ، 100 انڈیکس پہلی بار 1 لاکھ 95 ہزار سے اوپر بند",
    summary:
      "شرح سود میں مزید کمی کی توقعات اور بینکاری و تیل کے شعبوں میں خریداری سے انڈیکس 2,318 پوائنٹس بڑھ گیا، کاروباری حجم بھی کئی ہفتوں کی بلند ترین سطح پر رہا۔",
    date: "2026-11-25T17:10:00+05:00",
    category: "business",
    author: "news-desk",
    tags: ["اسٹاک مارکیٹ", "معیشت", "کراچی"],
    image: true,
  },
  {
    path: "/news/bank-sms-fraud-warning-cybercrime",
    title: "جعلی بینک پیغامات سے فراڈ بڑھ گیا، سائبر کرائم حکام نے شہریوں کو خبردار کر دیا",
    summary:
      "حکام کے مطابق گزشتہ دو ماہ میں اکاؤنٹ بند ہونے کے جعلی پیغامات سے شہریوں کے کروڑوں روپے ہتھیائے گئے، عوام کو ہدایت ہے کہ اپنا او ٹی پی کبھی کسی کو نہ بتائیں۔",
    date: "2026-11-25T13:00:00+05:00",
    category: "technology",
    author: "news-desk",
    tags: ["سائبر کرائم", "اسمارٹ فون", "معیشت"],
  },
  {
    path: "/columns/medicine-bills-and-household-budget",
    title: "دوا کا بل اور گھر کا بجٹ: علاج کا خرچ متوسط طبقے کو کیسے غریب بنا رہا ہے",
    summary:
      "ہمارے ہاں علاج کا بیشتر خرچ لوگ اپنی جیب سے اٹھاتے ہیں، ایک سنگین بیماری خاندان کی برسوں کی بچت نگل جاتی ہے، مگر معیشت کے حساب کتاب میں اس کا ذکر تک نہیں۔",
    date: "2026-11-24T09:30:00+05:00",
    author: "saleem-akhtar",
    tags: ["معیشت", "صحت", "مہنگائی"],
  },
  {
    path: "/news/pakistan-beat-sri-lanka-rawalpindi-odi",
    title: "راولپنڈی ون ڈے: فہد نواز کی سنچری، پاکستان نے سری لنکا کو ہرا کر سیریز جیت لی",
    summary:
      "287 رنز کے ہدف کے تعاقب میں فہد نواز نے 112 اور کپتان عثمان ملک نے ناقابل شکست 78 رنز بنائے، 6 وکٹوں کی فتح سے پاکستان کو سیریز میں 2-0 کی فیصلہ کن برتری ملی۔",
    date: "2026-11-23T22:35:00+05:00",
    category: "sports",
    author: "sports-desk",
    tags: ["کرکٹ", "راولپنڈی"],
    image: true,
  },
  {
    path: "/news/karachi-youth-qawwali-night",
    title: "کراچی میں نوجوان قوالوں کی محفل، ہزاروں شائقین رات گئے تک جھومتے رہے",
    summary:
      "کراچی کے باغ ابن قاسم میں ہونے والی محفل سماع میں پانچ نوجوان قوال گروپوں نے اپنے فن کا مظاہرہ کیا، منتظمین کے مطابق محفل میں آٹھ ہزار سے زائد افراد شریک ہوئے۔",
    date: "2026-11-22T12:40:00+05:00",
    category: "entertainment",
    author: "news-desk",
    tags: ["موسیقی", "کراچی", "نوجوان", "ثقافت"],
  },
  {
    path: "/news/un-climate-talks-adaptation-fund",
    title: "موسمیاتی موافقت فنڈ پر ڈیڈلاک، ترقی پذیر ممالک نے امیر ملکوں کو وعدے یاد دلائے",
    summary:
      "اقوام متحدہ کی موسمیاتی کانفرنس کے آخری روز ترقی پذیر ممالک نے موافقت کے لیے امداد تین گنا کرنے کا مطالبہ کیا، امیر ممالک نئی رقم کے واضح وعدے سے گریزاں رہے۔",
    date: "2026-11-21T19:45:00+05:00",
    category: "world",
    author: "news-desk",
    tags: ["اقوام متحدہ", "موسم"],
    image: true,
  },
  {
    path: "/columns/urdu-in-the-age-of-artificial-intelligence",
    title: "مصنوعی ذہانت کے دور میں اردو: مشین ہماری زبان سیکھ رہی ہے، ہم کب سیکھیں گے؟",
    summary:
      "اردو بولنے والی ایپس کی آمد خوش آئند ہے، مگر مشین وہی سیکھے گی جو ہم اسے دیں گے، اور ہم نے اپنی زبان کو انٹرنیٹ پر بہت کم اور بے ترتیب انداز میں جگہ دی ہے۔",
    date: "2026-11-21T10:00:00+05:00",
    category: "technology",
    author: "nadia-rehman",
    tags: ["مصنوعی ذہانت", "اردو", "تعلیم"],
  },
  {
    path: "/videos/video-islamabad-school-robotics-contest",
    title: "سرکاری اسکول کے بچوں کا روبوٹ اسلام آباد کے مقابلے میں پہلی پوزیشن لے گیا",
    summary:
      "ایک منٹ کی اس مختصر ویڈیو میں دیکھیے کہ آٹھویں جماعت کے چار طلبہ نے پرانے کھلونوں اور کباڑ کے پرزوں سے کچرا چھانٹنے والا روبوٹ کیسے تیار کیا۔",
    date: "2026-11-20T14:05:00+05:00",
    category: "technology",
    author: "video-desk",
    tags: ["اسلام آباد", "تعلیم", "نوجوان", "ٹیکنالوجی"],
    image: true,
  },
  {
    path: "/columns/cinema-culture-returns-to-lahore",
    title: "لاہور کا فلم میلہ اور ایک شہر جو اپنی کہانی دوبارہ سننا چاہتا ہے",
    summary:
      "الحمرا کے ہال میں کھڑے ہو کر تالیاں بجاتے نوجوانوں کو دیکھ کر لگا کہ سینما گھر بند ہونے سے شہر کا فلم سے رشتہ ٹوٹا نہیں، وہ بس کسی دروازے کے کھلنے کا منتظر تھا۔",
    date: "2026-11-19T10:15:00+05:00",
    author: "nadia-rehman",
    tags: ["لاہور", "فلم", "ثقافت"],
  },
  {
    path: "/news/electricity-tariff-cut-industry",
    title: "صنعتی شعبے کے لیے بجلی 4 روپے 20 پیسے فی یونٹ سستی، اطلاق یکم دسمبر سے ہوگا",
    summary:
      "وفاقی حکومت کے مطابق کمی سے برآمدی صنعتوں کی پیداواری لاگت کم ہوگی، صنعتکاروں نے فیصلے کا خیرمقدم کیا مگر گیس کی فراہمی اور ٹیکسوں پر تحفظات برقرار ہیں۔",
    date: "2026-11-18T15:30:00+05:00",
    category: "business",
    author: "imran-qureshi",
    tags: ["توانائی", "معیشت", "اسلام آباد"],
    image: true,
  },
  {
    path: "/news/islamabad-startup-launches-urdu-voice-assistant",
    title: "اسلام آباد کی نوجوان کمپنی نے اردو بولنے والا مصنوعی ذہانت کا معاون پیش کر دیا",
    summary:
      "’ہم کلام‘ نامی ایپ معیاری اردو کے ساتھ پنجابی، سرائیکی اور پوٹھوہاری لہجے بھی سمجھتی ہے، کمپنی کا دعویٰ ہے کہ اس کے بنیادی افعال انٹرنیٹ کے بغیر بھی چلتے ہیں۔",
    date: "2026-11-18T11:30:00+05:00",
    category: "technology",
    author: "imran-qureshi",
    tags: ["مصنوعی ذہانت", "اسلام آباد", "اردو", "نوجوان"],
    image: true,
  },
  {
    path: "/news/gaza-reconstruction-donor-conference",
    title: "غزہ کی تعمیر نو: قاہرہ ڈونر کانفرنس میں پہلے مرحلے کے لیے 9 ارب ڈالر کا اعلان",
    summary:
      "کانفرنس میں 60 سے زائد ممالک اور اداروں نے شرکت کی، اقوام متحدہ نے کہا کہ ملبہ ہٹانے، پانی اور اسپتالوں کی بحالی کو پہلی ترجیح دی جائے گی۔",
    date: "2026-11-16T22:10:00+05:00",
    category: "world",
    author: "news-desk",
    tags: ["مشرق وسطیٰ", "اقوام متحدہ"],
    image: true,
  },
  {
    path: "/news/t20-final-lahore-live",
    title: "قومی ٹی ٹوئنٹی کپ فائنل: لاہور بلوز اور پشاور کا مقابلہ، گیند بہ گیند",
    summary: "قذافی اسٹیڈیم میں کھیلے گئے فائنل کی لمحہ بہ لمحہ کوریج: ٹاس سے آخری اوور تک۔",
    date: "2026-11-15T18:30:00+05:00",
    category: "sports",
    author: "sports-desk",
    tags: ["کرکٹ", "لاہور"],
    live: true,
  },
  {
    path: "/news/lahore-film-festival-opens-with-local-debut",
    title: "لاہور فلم میلے کا آغاز، پہلی ہی رات نوجوان ہدایت کارہ کی مقامی فلم چھا گئی",
    summary:
      "الحمرا آرٹس کونسل میں پانچ روزہ لاہور فلم میلہ شروع ہو گیا، افتتاحی شب نوجوان ہدایت کارہ مہوش ضیا کی فلم ’کچی دھوپ‘ دکھائی گئی جسے حاضرین نے کھڑے ہو کر داد دی۔",
    date: "2026-11-13T22:10:00+05:00",
    category: "entertainment",
    author: "news-desk",
    tags: ["لاہور", "فلم", "ثقافت"],
    image: true,
  },
  {
    path: "/news/karachi-water-supply-plan",
    title: "پانی کی قلت: کراچی کو روزانہ 26 کروڑ گیلن اضافی پانی دینے کا نیا منصوبہ",
    summary:
      "واٹر کارپوریشن کے مطابق نئی پائپ لائن اور پمپنگ اسٹیشنوں کی تکمیل کے بعد شہر کے مغربی اور شمالی علاقوں میں پانی کی فراہمی بہتر ہو جائے گی۔",
    date: "2026-11-12T11:30:00+05:00",
    category: "pakistan",
    author: "news-desk",
    tags: ["کراچی", "پانی"],
    image: true,
  },
  {
    path: "/columns/smartphone-tax-and-digital-economy",
    title: "اسمارٹ فون پر ٹیکس: خزانہ بھرنے کی جلدی میں ڈیجیٹل معیشت کا نقصان",
    summary:
      "موبائل فونز پر درآمدی ڈیوٹی بڑھانے کا فیصلہ وقتی طور پر محصولات بڑھا سکتا ہے، مگر اس کی اصل قیمت وہ شہری ادا کریں گے جن کے لیے فون ہی بینک، اسکول اور دکان ہے۔",
    date: "2026-11-12T09:00:00+05:00",
    category: "business",
    author: "saleem-akhtar",
    tags: ["معیشت", "اسمارٹ فون", "ٹیکس"],
  },
  {
    path: "/news/smartphone-prices-rise-after-import-duty",
    title: "درآمدی ڈیوٹی میں اضافے کے بعد اسمارٹ فونز کی قیمتیں 18 فیصد تک بڑھ گئیں",
    summary:
      "حکومت کی جانب سے درآمدی موبائل فونز پر ڈیوٹی بڑھانے کے بعد درمیانے درجے کے اسمارٹ فونز نمایاں طور پر مہنگے ہو گئے، دکاندار فروخت میں کمی کی شکایت کر رہے ہیں۔",
    date: "2026-11-09T15:45:00+05:00",
    category: "technology",
    author: "imran-qureshi",
    tags: ["اسمارٹ فون", "معیشت", "ٹیکس"],
    image: true,
  },
  {
    path: "/columns/why-our-dramas-fear-real-women",
    title: "ہمارے ٹی وی ڈرامے آج بھی اصل عورت کو اسکرین پر دکھانے سے کیوں ڈرتے ہیں؟",
    summary:
      "ایک استانی کی کہانی پر مبنی ڈرامے کی کامیابی نے ثابت کر دیا ہے کہ ناظرین آنسو بہاتی مظلوم بہو سے آگے بڑھ چکے ہیں، سوال یہ ہے کہ چینل کب آگے بڑھیں گے۔",
    date: "2026-11-08T10:00:00+05:00",
    category: "entertainment",
    author: "farhat-naqvi",
    tags: ["ڈرامہ", "خواتین", "ٹیلی ویژن"],
  },
  {
    path: "/videos/video-karachi-night-food-street",
    title: "کراچی کی وہ گلی جہاں آدھی رات کے بعد کھانوں کا میلہ سجتا ہے",
    summary:
      "پرانے شہر کی ایک تنگ گلی میں رات گئے لگنے والے کھانے کے ٹھیلے تین نسلوں سے شہریوں کی بھوک مٹا رہے ہیں، اس ویڈیو میں ان کاریگروں کی کہانیاں سنیے۔",
    date: "2026-11-07T20:30:00+05:00",
    author: "video-desk",
    tags: ["کراچی", "ثقافت", "کھانا"],
    image: true,
  },
  {
    path: "/news/hockey-team-asia-cup-camp-lahore",
    title: "ایشیا کپ کی تیاری: قومی ہاکی ٹیم کا کیمپ لاہور میں شروع، 36 کھلاڑی طلب",
    summary:
      "پاکستان ہاکی فیڈریشن کے مطابق تین ہفتے جاری رہنے والے کیمپ کے بعد ایشیا کپ کے لیے 18 رکنی اسکواڈ کا اعلان کیا جائے گا، غیر ملکی کوچ فٹنس پر خصوصی توجہ دیں گے۔",
    date: "2026-11-07T00:00:00+05:00",
    category: "sports",
    author: "sports-desk",
    tags: ["ہاکی", "لاہور"],
    image: true,
  },
  {
    path: "/news/village-teacher-drama-tops-ratings",
    title: "گاؤں کی استانی پر بنے ڈرامے ’سبق‘ نے ریٹنگ کے تمام ریکارڈ توڑ دیے",
    summary:
      "نجی چینل کا ڈرامہ سیریل ’سبق‘ مسلسل تیسرے ہفتے سب سے زیادہ دیکھا جانے والا پروگرام رہا، ناظرین اس کی سادہ کہانی اور حقیقت سے قریب کرداروں کو سراہ رہے ہیں۔",
    date: "2026-11-05T16:20:00+05:00",
    category: "entertainment",
    author: "news-desk",
    tags: ["ڈرامہ", "تعلیم", "ٹیلی ویژن"],
    image: true,
  },
  {
    path: "/news/balochistan-mobile-health-units-remote-districts",
    title: "بلوچستان کے دور دراز اضلاع میں موبائل ہیلتھ یونٹس نے پہلے ماہ 18 ہزار مریض دیکھے",
    summary:
      "محکمہ صحت کے 24 موبائل یونٹس ان دیہات تک پہنچ رہے ہیں جہاں قریب ترین مرکز صحت کئی گھنٹوں کی مسافت پر ہے، خواتین اور بچے ان سے سب سے زیادہ مستفید ہو رہے ہیں۔",
    date: "2026-11-03T00:00:00+05:00",
    category: "health",
    author: "sana-baloch",
    tags: ["بلوچستان", "صحت", "کوئٹہ"],
    image: true,
  },
  {
    path: "/news/quetta-schools-winter-schedule",
    title: "کوئٹہ سمیت سرد علاقوں میں اسکولوں کے اوقات تبدیل، سرمائی تعطیلات کا شیڈول جاری",
    summary:
      "محکمہ تعلیم بلوچستان کے مطابق سرد علاقوں کے اسکول 15 دسمبر سے بند ہوں گے جبکہ اس دوران صبح کی کلاسیں ایک گھنٹہ تاخیر سے شروع ہوں گی۔",
    date: "2026-11-03T00:00:00+05:00",
    category: "pakistan",
    author: "sana-baloch",
    tags: ["کوئٹہ", "تعلیم", "موسم"],
  },
  {
    path: "/videos/video-dengue-larvae-inspection-team",
    title: "ڈینگی لاروا کی تلاش میں گھر گھر جاتی ٹیم کے ساتھ ایک دن، کیا دیکھا، کیا سیکھا؟",
    summary:
      "ہماری ٹیم نے لاہور میں انسداد ڈینگی عملے کے ساتھ پورا دن گزارا اور دیکھا کہ وہ کن جگہوں پر لاروا تلاش کرتے ہیں اور شہری ان کے ساتھ کیسا برتاؤ کرتے ہیں۔",
    date: "2026-11-02T12:10:00+05:00",
    author: "video-desk",
    tags: ["ڈینگی", "لاہور", "صحت"],
    image: true,
  },
  {
    path: "/news/october-inflation-eases",
    title: "اکتوبر میں مہنگائی کم ہو کر 4.1 فیصد، کھانے پینے کی اشیا کی قیمتوں میں نرمی",
    summary:
      "ادارہ شماریات کے مطابق صارف قیمتوں کا اشاریہ ستمبر کے 5.3 فیصد کے مقابلے میں کم رہا، تاہم بجلی اور گیس کے نرخ شہری گھرانوں کے لیے بدستور دباؤ کا باعث ہیں۔",
    date: "2026-11-02T00:00:00+05:00",
    category: "business",
    author: "news-desk",
    tags: ["مہنگائی", "معیشت"],
    image: true,
  },
  {
    path: "/news/dengue-cases-rise-in-lahore-after-rains",
    title: "لاہور میں ڈینگی کیسز میں تیزی، ایک ہفتے میں 600 سے زائد مریض اسپتالوں میں داخل",
    summary:
      "اکتوبر کی غیر متوقع بارشوں نے ڈینگی مچھر کی افزائش بڑھا دی ہے، محکمہ صحت نے سرکاری اسپتالوں میں خصوصی وارڈز قائم کر کے شہریوں کے لیے احتیاطی ہدایات جاری کر دیں۔",
    date: "2026-10-31T18:40:00+05:00",
    category: "health",
    author: "news-desk",
    tags: ["ڈینگی", "لاہور", "صحت", "موسم"],
    image: true,
  },
  {
    path: "/news/opec-plus-output-decision",
    title: "اوپیک پلس جنوری سے پیداوار میں محدود اضافہ کرے گا، خام تیل کی قیمتیں مستحکم",
    summary:
      "تیل برآمد کرنے والے ممالک کے اتحاد نے یومیہ پیداوار میں ایک لاکھ 20 ہزار بیرل اضافے پر اتفاق کیا، تجزیہ کاروں کے مطابق فیصلہ توقعات کے مطابق رہا۔",
    date: "2026-10-30T20:15:00+05:00",
    category: "world",
    author: "news-desk",
    tags: ["توانائی", "مشرق وسطیٰ", "معیشت", "مہنگائی"],
  },
  {
    path: "/news/quetta-girls-coding-bootcamp-first-batch",
    title: "کوئٹہ میں لڑکیوں کے کوڈنگ بوٹ کیمپ کا پہلا بیچ فارغ، 35 طالبات نے ایپس پیش کیں",
    summary:
      "چھ ماہ کے مفت تربیتی پروگرام میں بلوچستان کے نو اضلاع کی طالبات نے ویب سائٹس اور موبائل ایپس بنانا سیکھا، کئی طالبات کو آن لائن کام ملنا بھی شروع ہو گیا ہے۔",
    date: "2026-10-28T00:00:00+05:00",
    category: "technology",
    author: "sana-baloch",
    tags: ["کوئٹہ", "تعلیم", "نوجوان", "بلوچستان"],
    image: true,
  },
  {
    path: "/news/bay-of-bengal-cyclone-evacuation",
    title: "خلیج بنگال میں شدید سمندری طوفان، بنگلہ دیش کے ساحل سے لاکھوں افراد کا انخلا",
    summary:
      "محکمہ موسمیات کے مطابق طوفان بدھ کی رات ساحل سے ٹکرا سکتا ہے، حکام نے ماہی گیروں کو سمندر میں نہ جانے کی ہدایت کرتے ہوئے ہزاروں پناہ گاہیں کھول دیں۔",
    date: "2026-10-27T08:40:00+05:00",
    category: "world",
    author: "news-desk",
    tags: ["موسم", "بنگلہ دیش"],
    image: true,
  },
  {
    path: "/videos/video-rawalpindi-truck-art-workshop",
    title: "راولپنڈی کی ورکشاپ میں ٹرک آرٹ سیکھتی نئی نسل، رنگوں کی روایت زندہ رکھنے کی کوشش",
    summary:
      "پیرودھائی کے ایک پرانے کارخانے میں استاد نذیر احمد نوجوانوں کو ٹرک آرٹ کے نقش و نگار سکھا رہے ہیں، ان کے شاگردوں میں اب فائن آرٹس کی طالبات بھی شامل ہیں۔",
    date: "2026-10-26T17:00:00+05:00",
    category: "entertainment",
    author: "video-desk",
    tags: ["ثقافت", "نوجوان", "راولپنڈی"],
    image: true,
  },
];

/** Stories with `draft: true`: on no page, list, feed, sitemap or search. */
export const DRAFTS = [
  {
    path: "/news/budget-draft-proposal",
    title: "آئندہ بجٹ: کاروباری تنظیموں کا ٹیکس نیٹ بڑھانے، کارپوریٹ ٹیکس گھٹانے کا مطالبہ",
  },
];

/** content/categories.yml, in menu order. */
export const CATEGORIES: readonly { key: string; name: string }[] = [
  { key: "pakistan", name: "پاکستان" },
  { key: "world", name: "دنیا" },
  { key: "sports", name: "کھیل" },
  { key: "business", name: "کاروبار" },
  { key: "entertainment", name: "شوبز" },
  { key: "technology", name: "ٹیکنالوجی" },
  { key: "health", name: "صحت" },
];

/** content/authors/, by key; every one has a picture. */
export const AUTHORS = {
  "farhat-naqvi": { name: "فرحت نقوی", role: "کالم نگار" },
  "imran-qureshi": { name: "عمران قریشی", role: "نامہ نگار، اسلام آباد" },
  "nadia-rehman": { name: "نادیہ رحمان", role: "کالم نگار" },
  "news-desk": { name: "خبرنامہ نیوز ڈیسک", role: "ڈیسک" },
  "saleem-akhtar": { name: "سلیم اختر", role: "کالم نگار، معاشی تجزیہ کار" },
  "sana-baloch": { name: "ثنا بلوچ", role: "نامہ نگار، کوئٹہ" },
  "sports-desk": { name: "خبرنامہ اسپورٹس ڈیسک", role: "ڈیسک" },
  "video-desk": { name: "خبرنامہ ویڈیو ڈیسک", role: "ڈیسک" },
} as const;

const KINDS: Record<string, SampleKind> = { news: "news", videos: "video", columns: "column" };

export const kindOf = (story: SampleStory): SampleKind => KINDS[story.path.split("/")[1]!]!;
export const dateOf = (story: SampleStory): Date => new Date(story.date);

/** A published story by its path. */
export function sample(path: string): SampleStory {
  const found = STORIES.find((story) => story.path === path);
  if (!found) throw new Error(`the sample has no published story at ${path}`);
  return found;
}

export const ofKind = (kind: SampleKind) => STORIES.filter((story) => kindOf(story) === kind);
export const inCategory = (key: string) => STORIES.filter((story) => story.category === key);
export const withTag = (tag: string) => STORIES.filter((story) => story.tags.includes(tag));
export const byAuthor = (key: string) => STORIES.filter((story) => story.author === key);
/** The newest `count` stories, without one of them, as a تازہ ترین box lists them. */
export const newest = (count: number, { kind, exclude }: { kind?: SampleKind; exclude?: string } = {}) =>
  STORIES.filter((story) => story.path !== exclude && (!kind || kindOf(story) === kind)).slice(0, count);

/** A sample story's Markdown body as its file holds it (files are named after their URLs: content/news/<slug>.md). */
export function sampleBody(story: SampleStory): string {
  const text = fs.readFileSync(`content${story.path}.md`, "utf8");
  return text.slice(text.indexOf("\n---\n", 4) + 5);
}

export const SITE_URL = process.env.SITE_URL ?? "http://localhost:3000";
export const canonical = (path: string) => `${SITE_URL}${path}`;
