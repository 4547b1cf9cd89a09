import { StoryChrome, type StoryLayoutProps } from "@/components/StoryChrome";

export default function Layout(props: StoryLayoutProps) {
  return <StoryChrome kind="video" {...props} />;
}
