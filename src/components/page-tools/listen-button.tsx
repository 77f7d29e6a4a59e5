"use client";

import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

type Props = { locale: string; listenText: string; stopText: string; targetId: string };

/** Chrome stops long utterances after about 15 seconds, so the text is read a sentence or so at a time. */
const maxChunk = 200;

function chunksOf(text: string): string[] {
  const sentences = text.replace(/\s+/g, " ").match(/[^.!?…]+[.!?…]*\s*/g) ?? [];
  const chunks: string[] = [];
  for (const sentence of sentences) {
    const last = chunks.at(-1);
    if (last !== undefined && last.length + sentence.length <= maxChunk)
      chunks[chunks.length - 1] = last + sentence;
    else chunks.push(sentence);
  }
  return chunks.map((chunk) => chunk.trim()).filter(Boolean);
}

function voiceFor(locale: string): SpeechSynthesisVoice | undefined {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return undefined;
  return window.speechSynthesis
    .getVoices()
    .find((voice) => voice.lang.toLowerCase().replace("_", "-").split("-")[0] === locale);
}

/** Voices load asynchronously in some browsers: listen for the list to change. */
function subscribeToVoices(onChange: () => void) {
  if (!("speechSynthesis" in window)) return () => {};
  window.speechSynthesis.addEventListener("voiceschanged", onChange);
  return () => window.speechSynthesis.removeEventListener("voiceschanged", onChange);
}

/**
 * Reads the page's main content aloud with the browser's own speech synthesis. It renders nothing
 * on the server, without JavaScript, and in browsers with no voice for the page's language (a voice
 * in another language would read Ukrainian text as gibberish).
 */
export function ListenButton({ locale, listenText, stopText, targetId }: Props) {
  const hasVoice = useSyncExternalStore(
    subscribeToVoices,
    () => voiceFor(locale) !== undefined,
    () => false,
  );
  const [speaking, setSpeaking] = useState(false);
  if (!hasVoice) return null;

  const stop = () => {
    window.speechSynthesis.cancel();
    setSpeaking(false);
  };

  const start = () => {
    const voice = voiceFor(locale);
    const target = document.getElementById(targetId);
    if (!voice || !target) return;
    const copy = target.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-listen-skip]").forEach((element) => element.remove());
    const chunks = chunksOf(copy.textContent ?? "");
    window.speechSynthesis.cancel();
    chunks.forEach((chunk, index) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (index === chunks.length - 1) utterance.onend = () => setSpeaking(false);
      utterance.onerror = () => setSpeaking(false);
      window.speechSynthesis.speak(utterance);
    });
    setSpeaking(chunks.length > 0);
  };

  return (
    <div data-listen-skip className="no-print mb-4">
      <Button type="button" onClick={speaking ? stop : start} variant="secondary" size="small">
        <span aria-hidden="true">{speaking ? "■ " : "▶ "}</span>
        {speaking ? stopText : listenText}
      </Button>
    </div>
  );
}
