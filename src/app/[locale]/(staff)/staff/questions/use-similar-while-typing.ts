"use client";

import { useEffect, useRef, useState } from "react";

export type SimilarAnswer = { id: string; title: string };

/** How long typing must pause before looking: one lookup per pause, not one per key. */
const pauseMs = 400;

/**
 * Similar answers while the title is typed (progressive enhancement: without JavaScript the form's
 * "look for similar answers" button does the same through the server). Returns the latest answers
 * for the latest title, ignoring answers to titles typed over since, and an onChange for the input.
 */
export function useSimilarWhileTyping(lookup: (title: string) => Promise<SimilarAnswer[]>) {
  const [found, setFound] = useState<SimilarAnswer[] | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef("");
  useEffect(() => () => clearTimeout(timer.current), []);

  const onTitleChange = (title: string) => {
    clearTimeout(timer.current);
    latest.current = title.trim();
    if (latest.current.length < 4) return setFound(undefined);
    const asked = latest.current;
    timer.current = setTimeout(() => {
      lookup(asked)
        .then((answers) => {
          if (latest.current === asked) setFound(answers);
        })
        // A failed lookup only means no suggestions: the button still works.
        .catch(() => undefined);
    }, pauseMs);
  };
  return { found, onTitleChange };
}
