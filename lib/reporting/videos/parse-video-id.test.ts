import { describe, expect, it } from "vitest";
import { parseVideoId } from "./parse-video-id";

describe("parseVideoId", () => {
  it.each([
    ["dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["  dQw4w9WgXcQ ", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "dQw4w9WgXcQ"],
    ["youtube.com/watch?list=PL1&v=dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://m.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ?si=abc", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/shorts/abcDEF12_-x", "abcDEF12_-x"],
    ["https://www.youtube.com/live/abcDEF12_-x?feature=share", "abcDEF12_-x"],
    ["https://www.youtube.com/embed/abcDEF12_-x", "abcDEF12_-x"],
  ])("reads %s", (input, id) => {
    expect(parseVideoId(input)).toBe(id);
  });

  it.each([
    "",
    "dQw4w9WgXc",
    "dQw4w9WgXcQQ",
    "https://vimeo.com/dQw4w9WgXcQ",
    "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com/watch?v=short",
    "https://www.youtube.com/channel/UCabcdefghijk",
    "javascript:alert(1)",
    `https://youtu.be/${"a".repeat(400)}`,
  ])("refuses %s", (input) => {
    expect(parseVideoId(input)).toBeNull();
  });
});
