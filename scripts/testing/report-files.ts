/**
 * Report files as bytes, for the tests of lib/reports/file-text.ts: text in
 * the encodings a desk receives, deterministic noise, and the reader's answer
 * taken apart (the text when it reads, the reason when it refuses).
 */
import { textFromReportFile } from "@/lib/reports/file-text";

export const utf8 = (text: string) => new TextEncoder().encode(text);

export function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endian === "le");
  for (let i = 0; i < text.length; i += 1) {
    view.setUint16(2 + i * 2, text.charCodeAt(i), endian === "le");
  }
  return bytes;
}

/** Deterministic pseudo-random bytes (a linear congruential generator). */
export function randomBytes(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    bytes[i] = state >>> 16;
  }
  return bytes;
}

export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

export function readText(name: string, bytes: Uint8Array) {
  const result = textFromReportFile(name, bytes);
  if (!result.ok) throw new Error(`expected ${name} to be read, got: ${result.reason}`);
  return result;
}

export function refusal(name: string, bytes: Uint8Array): string {
  const result = textFromReportFile(name, bytes);
  if (result.ok) throw new Error(`expected ${name} to be refused, got text: ${result.text}`);
  return result.reason;
}

export const notText =
  /^This file is not text \(it looks like .+\)\. Upload a \.txt, \.md or \.html file\.$/;
