// The mutation and validation suites write a few thousand throwaway content trees; without this they pile up in /tmp.
import { afterAll } from "vitest";
import { removeMadeContent } from "@/lib/testing/content-tree";

afterAll(removeMadeContent);
