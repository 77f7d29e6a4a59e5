"use client";

import { useEffect } from "react";

/**
 * Registers public/sw.js (offline reading) and asks it to keep this language's key pages. Only in
 * production builds: in development a cache in front of hot reloading would show stale pages.
 */
export function ServiceWorkerRegistration({ locale, enabled }: { locale: string; enabled: boolean }) {
  useEffect(() => {
    if (!enabled || !("serviceWorker" in navigator)) return;
    const register = () =>
      navigator.serviceWorker
        .register("/sw.js", { scope: "/" })
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => registration.active?.postMessage({ type: "precache", locale }))
        .catch(() => {
          // Offline reading is an extra: the site works the same without it.
        });
    // After the page has loaded, so that pre-caching never competes with the page on a slow line.
    if (document.readyState === "complete") {
      void register();
      return;
    }
    window.addEventListener("load", register, { once: true });
    return () => window.removeEventListener("load", register);
  }, [locale, enabled]);
  return null;
}
