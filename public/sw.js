/*
 * Offline reading for Welkom's public information pages (hand-written, no build step).
 *
 * Strategy, and why:
 * - Info pages (HTML): network first, falling back to the cached copy. Facts such as the end date of
 *   temporary protection change, so a reader with a connection always gets the current page; the
 *   cache only answers when the network fails. Each visited info page is cached on the way through.
 * - The home, status, rights and help pages of the reader's language are fetched into the cache when
 *   a page asks for it (a "precache" message with the locale), so they can be read offline even if
 *   the reader never opened them.
 * - Build assets under /_next/static/ have hashed names and never change: cache first.
 * - Nothing else is touched. Only GET requests for a locale-prefixed info path WITHOUT a query string
 *   are cached, so staff pages (/staff), API responses (/api), eligibility results (answers in the
 *   query), manage-token links and anything with personal data never enter the cache.
 */
const VERSION = "v1";
const PAGES = `welkom-pages-${VERSION}`;
const ASSETS = `welkom-assets-${VERSION}`;
const MAX_ASSETS = 80;

const LOCALES = ["nl", "uk", "en", "ru"];
const INFO_PAGES = ["", "/status", "/rights", "/eligibility", "/help", "/integration", "/brussels", "/materials", "/interpreting", "/about"];
const PRECACHED = ["", "/status", "/rights", "/help"];
const infoPath = new RegExp(`^/(${LOCALES.join("|")})(${INFO_PAGES.filter(Boolean).join("|").replace(/\//g, "\\/")})?$`);

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = [PAGES, ASSETS];
      for (const name of await caches.keys()) if (name.startsWith("welkom-") && !keep.includes(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const locale = event.data && event.data.type === "precache" ? event.data.locale : undefined;
  if (LOCALES.includes(locale)) event.waitUntil(precache(locale));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/")) event.respondWith(cacheFirst(request));
  else if (isInfoPage(url) && request.mode === "navigate") event.respondWith(networkFirst(request));
});

function isInfoPage(url) {
  return url.search === "" && infoPath.test(url.pathname);
}

async function precache(locale) {
  const cache = await caches.open(PAGES);
  await Promise.all(
    PRECACHED.map(async (path) => {
      const url = `/${locale}${path}`;
      if (await cache.match(url)) return;
      try {
        const response = await fetch(url, { credentials: "omit" });
        if (cacheable(response)) await cache.put(url, response);
      } catch {
        // Offline or the page does not exist yet: try again on the next visit.
      }
    }),
  );
}

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (cacheable(response)) await cache.put(request.url, response.clone());
    return response;
  } catch {
    const cached = await cache.match(request.url);
    return cached || offlinePage(new URL(request.url).pathname.split("/")[1]);
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    trim(cache);
  }
  return response;
}

/** A page that set a cookie or asked not to be stored is never kept. */
function cacheable(response) {
  if (!response.ok || response.type !== "basic" || response.redirected) return false;
  const control = response.headers.get("Cache-Control") || "";
  return !/no-store|private/.test(control) && !response.headers.has("Set-Cookie");
}

async function trim(cache) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_ASSETS))) await cache.delete(key);
}

const OFFLINE_TEXT = {
  nl: ["Geen verbinding", "Deze pagina is niet bewaard op uw toestel. Probeer opnieuw als u weer verbinding hebt.", "Naar de startpagina"],
  uk: ["Немає з'єднання", "Цю сторінку не збережено на вашому пристрої. Спробуйте ще раз, коли з'явиться інтернет.", "На головну сторінку"],
  en: ["No connection", "This page is not saved on your device. Try again when you are back online.", "Go to the home page"],
  ru: ["Нет соединения", "Эта страница не сохранена на вашем устройстве. Попробуйте ещё раз, когда появится интернет.", "На главную страницу"],
};

function offlinePage(locale) {
  const lang = LOCALES.includes(locale) ? locale : "nl";
  const [title, body, home] = OFFLINE_TEXT[lang];
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6"><main><h1>${title}</h1><p>${body}</p><p><a href="/${lang}">${home}</a></p></main></body></html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
