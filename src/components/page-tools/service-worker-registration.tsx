"use client";

import { useEffect } from "react";

/**
 * Registers public/sw.js (offline reading) and asks it to keep this language's key pages. Only in
 * production builds: in development a cache in front of hot reloading would show stale pages.
 */
export function ServiceWorkerRegistration({ locale, enabled }: { locale: string; enabled: boolean }) {
  useEffect(() => {
    if (!enabled || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => registration.active?.postMessage({ type: "precache", locale }))
      .catch(() => {
        // Offline reading is an extra: the site works the same without it.
      });
  }, [locale, enabled]);
  return null;
}
