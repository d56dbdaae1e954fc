// CoachBot web chat: talks to POST api/webchat with Bot Framework activities and renders the replies.
// Plain browser JavaScript, no dependencies. User and bot text is only ever set through textContent.

const ENDPOINT = "api/webchat";
const REQUEST_TIMEOUT_MS = 45_000;
const TRANSCRIPT_CAP = 200;
const DRAFT_CONTENT_TYPE = "application/vnd.coachbot.draft";
const JSON_CONTENT_TYPE = "application/json";
const EVENTS_CONTENT_TYPE = "text/event-stream";
const DATA_ERASED_ENTITY = "coachbot/dataErased";
const KEYS = Object.freeze({
  userId: "coachbot.webchat.userId",
  conversationId: "coachbot.webchat.conversationId",
  transcript: "coachbot.webchat.transcript",
  actions: "coachbot.webchat.suggestedActions",
});

const $ = (id) => document.getElementById(id);
const ui = {
  scroller: $("scroller"),
  log: $("log"),
  typing: $("typing"),
  suggested: $("suggested"),
  error: $("error"),
  form: $("composer"),
  input: $("input"),
  send: $("send"),
  reset: $("new-conversation"),
  announcer: $("announcer"),
};

// ---------------------------------------------------------------------------------------------
// Storage: localStorage when it works, memory otherwise (private modes, full quota).

const memoryStore = new Map();

const store = {
  get(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return memoryStore.get(key) ?? null;
    }
  },
  set(key, value) {
    memoryStore.set(key, value);
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Keep going with the in-memory copy.
    }
  },
  remove(key) {
    memoryStore.delete(key);
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing to remove.
    }
  },
  getJson(key, fallback) {
    const raw = this.get(key);
    if (raw === null) return fallback;
    try {
      return JSON.parse(raw);
    } catch {
      return fallback;
    }
  },
  setJson(key, value) {
    this.set(key, JSON.stringify(value));
  },
};

function newId() {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // randomUUID needs a secure context; build an RFC 4122 v4 id by hand otherwise.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// State

const state = {
  userId: "",
  conversationId: "",
  /** @type {{kind: "user" | "bot" | "draft", text: string}[]} */
  transcript: [],
  /** @type {{title: string, value: string}[]} */
  actions: [],
  busy: false,
  /** Bumped by "New conversation" so late replies for the old conversation are dropped. */
  epoch: 0,
  /** @type {AbortController | null} */
  inFlight: null,
};

function saveTranscript() {
  if (state.transcript.length > TRANSCRIPT_CAP) {
    state.transcript = state.transcript.slice(-TRANSCRIPT_CAP);
  }
  store.setJson(KEYS.transcript, state.transcript);
}

function loadState() {
  state.userId = store.get(KEYS.userId) || "";
  if (!state.userId) {
    state.userId = newId();
    store.set(KEYS.userId, state.userId);
  }
  state.conversationId = store.get(KEYS.conversationId) || "";

  const transcript = store.getJson(KEYS.transcript, []);
  state.transcript = Array.isArray(transcript)
    ? transcript.filter(
        (item) => item && typeof item.text === "string" && ["user", "bot", "draft"].includes(item.kind),
      )
    : [];

  const actions = store.getJson(KEYS.actions, []);
  state.actions = Array.isArray(actions)
    ? actions.filter((a) => a && typeof a.title === "string" && typeof a.value === "string")
    : [];
}

// ---------------------------------------------------------------------------------------------
// Activities

/** Local time as ISO 8601 with the UTC offset, e.g. 2025-03-01T09:30:00.000+01:00. */
function localIsoString(date) {
  const pad = (n, width = 2) => String(Math.abs(n)).padStart(width, "0");
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

function timeZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

function envelope(type, fields) {
  const now = new Date();
  return {
    type,
    id: newId(),
    channelId: "webchat",
    from: { id: state.userId, name: "You", role: "user" },
    recipient: { id: "coachbot", role: "bot" },
    // No id yet: the server starts the conversation and names it in its replies (adoptConversation).
    conversation: state.conversationId ? { id: state.conversationId } : {},
    locale: navigator.language,
    localTimezone: timeZone(),
    localTimestamp: localIsoString(now),
    timestamp: now.toISOString(),
    ...fields,
  };
}

const messageActivity = (text) => envelope("message", { text });
const greetingActivity = () => envelope("conversationUpdate", { membersAdded: [{ id: state.userId }] });

class HttpError extends Error {
  constructor(status) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

async function postActivity(activity, signal) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    // Server-sent events: a draft's text arrives as "preview" events while it is written, then "replies".
    headers: { "Content-Type": "application/json", Accept: `${EVENTS_CONTENT_TYPE}, application/json` },
    body: JSON.stringify(activity),
    cache: "no-store",
    signal,
  });
  if (response.status === 403) {
    // The server no longer knows this conversation as this browser's (its cookie was cleared): start afresh.
    setConversationId("");
  }
  if (!response.ok) throw new HttpError(response.status);
  if (response.headers.get("Content-Type")?.startsWith(EVENTS_CONTENT_TYPE)) return readEvents(response);
  const body = await response.text();
  if (!body.trim()) return [];
  const parsed = JSON.parse(body);
  return Array.isArray(parsed?.activities) ? parsed.activities : [];
}

/** Reads the event stream: shows each preview as the draft grows, and resolves to the replies. */
async function readEvents(response) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let preview = null;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new HttpError(502); // the stream ended without the replies
      buffer += value;
      let end;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        const event = parseEvent(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (event.name === "replies") return Array.isArray(event.data?.activities) ? event.data.activities : [];
        if (event.name === "preview" && typeof event.data?.text === "string") preview = showPreview(preview, event.data.text);
      }
    }
  } finally {
    preview?.card.remove();
  }
}

function parseEvent(block) {
  let name = "message";
  let data = "";
  for (const line of block.split("\n")) {
    if (line.startsWith("event:")) name = line.slice(6).trim();
    else if (line.startsWith("data:")) data += line.slice(5).trim();
  }
  try {
    return { name, data: JSON.parse(data) };
  } catch {
    return { name, data: null };
  }
}

/** The draft as it is written: not kept in the transcript; the final draft block replaces it. */
function showPreview(preview, piece) {
  if (!preview) {
    const card = renderDraft("");
    card.dataset.testid = "draft-preview";
    card.querySelector(".copy-button")?.remove();
    ui.log.append(card);
    preview = { card, body: card.querySelector(".draft-text"), text: "" };
  }
  preview.text += piece;
  preview.body.textContent = preview.text;
  scrollToEnd(false);
  return preview;
}

/** The text to send for a suggested action: its string value, else its title. */
function actionText(action) {
  if (typeof action.value === "string" && action.value.trim()) return action.value;
  if (typeof action.text === "string" && action.text.trim()) return action.text;
  return typeof action.title === "string" ? action.title : "";
}

function readReplies(activities) {
  const items = [];
  let lastMessage = null;
  let erased = false;
  for (const activity of activities) {
    if (!activity || activity.type !== "message") continue; // typing, events and the like
    lastMessage = activity;
    erased ||= Array.isArray(activity.entities) && activity.entities.some((entity) => entity?.type === DATA_ERASED_ENTITY);
    if (typeof activity.text === "string" && activity.text.trim()) {
      items.push({ kind: "bot", text: activity.text });
    }
    for (const attachment of Array.isArray(activity.attachments) ? activity.attachments : []) {
      const draft = attachment?.contentType === DRAFT_CONTENT_TYPE ? attachment.content?.text : undefined;
      if (typeof draft === "string" && draft.trim()) items.push({ kind: "draft", text: draft });
      if (attachment?.contentType === JSON_CONTENT_TYPE && attachment.content != null) {
        items.push({ kind: "file", name: String(attachment.name || "coachbot.json"), text: JSON.stringify(attachment.content, null, 2) });
      }
    }
  }
  const rawActions = lastMessage?.suggestedActions?.actions;
  const actions = (Array.isArray(rawActions) ? rawActions : [])
    .map((a) => ({ title: String(a?.title ?? actionText(a ?? {})), value: actionText(a ?? {}) }))
    .filter((a) => a.title.trim() && a.value.trim());
  return { items, actions, erased };
}

// ---------------------------------------------------------------------------------------------
// Rendering

/** Appends text to an element, turning **bold** spans into <strong>; everything else is text nodes. */
function appendRichText(element, text) {
  const parts = text.split(/\*\*(?=\S)([^\n]*?\S)\*\*/);
  parts.forEach((part, index) => {
    if (!part) return;
    if (index % 2 === 1) {
      const strong = document.createElement("strong");
      strong.textContent = part;
      element.append(strong);
    } else {
      element.append(document.createTextNode(part));
    }
  });
}

function el(tag, className, attributes = {}) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

function renderItem(item, previous) {
  const fromBot = item.kind !== "user";
  const continued = fromBot && previous && previous.kind !== "user";
  const wrapper = el("div", `msg ${fromBot ? "from-bot" : "from-user"}${continued ? " continued" : ""}`);

  if (fromBot && !continued) {
    wrapper.append(Object.assign(el("span", "who", { "aria-hidden": "true" }), { textContent: "CoachBot" }));
  }

  if (item.kind === "draft") {
    const card = renderDraft(item.text);
    card.dataset.draft = "latest"; // until a newer one follows (markReplacedDrafts); the preview has none
    wrapper.append(card);
  } else if (item.kind === "file") {
    wrapper.append(renderFile(item.name, item.text));
  } else {
    const label = el("span", "visually-hidden");
    label.textContent = fromBot ? "CoachBot said: " : "You said: ";
    const bubble = el("div", "bubble", { "data-testid": fromBot ? "bot-message" : "user-message" });
    if (fromBot) appendRichText(bubble, item.text);
    else bubble.textContent = item.text;
    wrapper.append(label, bubble);
  }
  return wrapper;
}

function renderDraft(text) {
  const card = el("section", "draft-card", { "aria-label": "Your draft reply" });
  const head = el("div", "draft-head");
  const label = el("span", "draft-label");
  label.textContent = "Your draft";
  const copy = el("button", "button copy-button", { type: "button", "data-testid": "copy-draft" });
  copy.textContent = "Copy";
  copy.setAttribute("aria-label", "Copy draft to clipboard");
  const body = el("pre", "draft-text", { "data-testid": "draft", tabindex: "0" });
  body.textContent = text;
  copy.addEventListener("click", () => copyDraft(text, copy, body));
  head.append(label, copy);
  card.append(head, body);
  return card;
}

/**
 * Every draft but the last is marked replaced: dimmed, labelled in words, its Copy button gone, so the
 * one to copy is obvious. Runs on every render, so a restored transcript is marked the same way.
 */
function markReplacedDrafts() {
  const drafts = ui.log.querySelectorAll("[data-draft='latest']");
  Array.from(drafts).slice(0, -1).forEach(markReplaced);
}

function markReplaced(card) {
  card.dataset.draft = "replaced";
  card.setAttribute("aria-label", "Earlier draft, replaced by a newer draft below");
  card.querySelector(".draft-label").textContent = "Earlier draft";
  card.querySelector(".copy-button")?.remove();
  const note = el("span", "draft-note", { "data-testid": "draft-replaced" });
  note.textContent = "Replaced by a newer draft below";
  card.querySelector(".draft-head").append(note);
}

/** A JSON document from the bot (the person's data export), offered as a file to download. */
function renderFile(name, text) {
  const card = el("section", "draft-card", { "aria-label": `File ${name}` });
  const link = el("a", "button copy-button", { download: name, "data-testid": "download-file" });
  link.textContent = `Download ${name}`;
  link.href = URL.createObjectURL(new Blob([text], { type: JSON_CONTENT_TYPE }));
  card.append(link);
  return card;
}

function renderTranscript() {
  ui.log.replaceChildren();
  let previous = null;
  for (const item of state.transcript) {
    ui.log.append(renderItem(item, previous));
    previous = item;
  }
  markReplacedDrafts();
  scrollToEnd(false);
}

/** Adds items to the transcript and the page. */
function addItems(items) {
  let previous = state.transcript.at(-1) ?? null;
  for (const item of items) {
    const element = renderItem(item, previous);
    element.classList.add("is-new"); // only fresh items animate in, not a restored transcript
    ui.log.append(element);
    state.transcript.push(item);
    previous = item;
  }
  markReplacedDrafts();
  saveTranscript();
}

function removeLastItem(item) {
  const index = state.transcript.lastIndexOf(item);
  if (index === -1) return;
  state.transcript.splice(index, 1);
  saveTranscript();
  ui.log.lastElementChild?.remove();
}

function renderActions() {
  ui.suggested.replaceChildren();
  for (const action of state.actions) {
    const button = el("button", "chip", { type: "button", "data-testid": "suggested-action" });
    button.textContent = action.title;
    button.disabled = state.busy;
    button.addEventListener("click", () => sendText(action.value, { fromAction: true }));
    ui.suggested.append(button);
  }
  ui.suggested.hidden = state.actions.length === 0;
}

function setActions(actions) {
  state.actions = actions;
  if (actions.length) store.setJson(KEYS.actions, actions);
  else store.remove(KEYS.actions);
  renderActions();
}

// ---------------------------------------------------------------------------------------------
// Scrolling: the latest message stays just above the dock

/**
 * Whether the transcript follows its end. Scrolling to the end sets it; the person scrolling up to
 * read clears it. While it is set, any change of layout scrolls to the end again (see followEnd).
 */
const follow = { pinned: true, smooth: false, lastTop: 0, draft: null };
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

function atEnd() {
  const { scrollTop, clientHeight, scrollHeight } = ui.scroller;
  return scrollTop + clientHeight >= scrollHeight - 2;
}

function scrollToEnd(smooth = true) {
  follow.pinned = true;
  follow.draft = null;
  follow.smooth = smooth && !reducedMotion.matches;
  // "instant", not "auto": auto would defer to the stylesheet's smooth scrolling.
  ui.scroller.scrollTo({ top: ui.scroller.scrollHeight, behavior: follow.smooth ? "smooth" : "instant" });
}

/** Room kept above a draft scrolled to its top, so its head (the Copy button) does not touch the header. */
const DRAFT_TOP_MARGIN_PX = 12;

/**
 * After new items: the end, unless that would hide the top of a draft just shown (a draft taller than the
 * view, on a phone most of all): then as far down as the draft's top, with its Copy button, allows. That
 * holds while the layout settles (the dock's buttons arrive, the typing dots go), until the person scrolls
 * or sends again.
 */
function scrollToShow(items) {
  const card = items.some((item) => item.kind === "draft") ? Array.from(ui.log.querySelectorAll(".draft-card")).at(-1) : null;
  if (!card) {
    scrollToEnd();
    return;
  }
  follow.pinned = false;
  follow.smooth = false;
  follow.draft = card;
  showDraftTop();
}

function showDraftTop() {
  const scroller = ui.scroller;
  // Measured against what covers the scroller's top (the header, on phones laid over it), and from the
  // highest of the card and its Copy button, which may stand out above the card's edge.
  const header = document.querySelector(".app-header");
  const visibleTop = Math.max(scroller.getBoundingClientRect().top, header ? header.getBoundingClientRect().bottom : 0) + DRAFT_TOP_MARGIN_PX;
  const copy = follow.draft.querySelector("button");
  const headTop = Math.min(follow.draft.getBoundingClientRect().top, copy ? copy.getBoundingClientRect().top : Infinity);
  const end = scroller.scrollHeight - scroller.clientHeight;
  scroller.scrollTo({ top: Math.max(0, Math.min(end, scroller.scrollTop + headTop - visibleTop)), behavior: "instant" });
  follow.lastTop = scroller.scrollTop;
}

/** Only scrolling up lets go: a smooth scroll on its way down, or a clamp at the end, keeps following. */
function trackScroll() {
  const top = ui.scroller.scrollTop;
  if (atEnd()) follow.pinned = true;
  else if (top < follow.lastTop) follow.pinned = false;
  follow.lastTop = top;
}

/**
 * The end moves after it was scrolled to: suggested actions render or wrap onto more rows, the message
 * box grows, fonts and layout settle after a restored transcript, the typing dots come and go.
 */
function followEnd() {
  if (follow.draft) {
    showDraftTop();
    return;
  }
  if (follow.pinned && !atEnd()) {
    ui.scroller.scrollTo({ top: ui.scroller.scrollHeight, behavior: follow.smooth ? "smooth" : "instant" });
  }
}

function watchLayout() {
  ui.scroller.addEventListener("scroll", trackScroll, { passive: true });
  // Only the person lets go of a draft being shown: the browser's own scrolls (clamps, anchoring) do not.
  const letGoOfDraft = () => { follow.draft = null; };
  for (const gesture of ["wheel", "touchstart", "keydown", "pointerdown"]) {
    ui.scroller.addEventListener(gesture, letGoOfDraft, { passive: true });
  }
  // The scroller shrinks when the dock grows; its column grows with the transcript and the typing dots.
  const observer = new ResizeObserver(followEnd);
  observer.observe(ui.scroller);
  observer.observe(ui.log.parentElement);
}

function setBusy(busy) {
  state.busy = busy;
  ui.send.disabled = busy;
  ui.typing.hidden = !busy;
  ui.log.setAttribute("aria-busy", String(busy));
  ui.form.setAttribute("aria-busy", String(busy));
  for (const button of ui.suggested.querySelectorAll("button")) button.disabled = busy;
  if (busy) scrollToEnd();
}

function showError(message, retry) {
  ui.error.replaceChildren();
  const text = el("span");
  text.textContent = message;
  ui.error.append(text);
  if (retry) {
    const button = el("button", "button", { type: "button" });
    button.textContent = "Try again";
    button.addEventListener("click", retry);
    ui.error.append(button);
  }
  ui.error.hidden = false;
}

function clearError() {
  ui.error.hidden = true;
  ui.error.replaceChildren();
}

function announce(message) {
  ui.announcer.textContent = "";
  // A fresh text node after clearing makes screen readers repeat identical messages.
  window.setTimeout(() => (ui.announcer.textContent = message), 50);
}

function focusInputIfIdle() {
  const active = document.activeElement;
  if (!active || active === document.body || active === ui.input || active === ui.send || !active.isConnected) {
    ui.input.focus({ preventScroll: true });
  }
}

function autosize() {
  ui.input.style.height = "auto";
  ui.input.style.height = `${ui.input.scrollHeight}px`;
}

// ---------------------------------------------------------------------------------------------
// Copying the draft

async function copyDraft(text, button, body) {
  let copied = false;
  if (navigator.clipboard?.writeText && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      copied = false;
    }
  }
  if (!copied) copied = copyWithSelection(text, button);

  window.clearTimeout(Number(button.dataset.timer));
  if (copied) {
    button.textContent = "Copied";
    button.classList.add("is-copied");
    announce("Draft copied to the clipboard.");
    button.dataset.timer = String(
      window.setTimeout(() => {
        button.textContent = "Copy";
        button.classList.remove("is-copied");
      }, 2000),
    );
  } else {
    // Leave the draft selected so the person can copy it with the keyboard.
    const range = document.createRange();
    range.selectNodeContents(body);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    button.textContent = "Press Ctrl+C";
    announce("Copying didn't work here. The draft is selected: press Control C, or Command C on a Mac.");
    button.dataset.timer = String(window.setTimeout(() => (button.textContent = "Copy"), 4000));
  }
}

/** Fallback for browsers without the async clipboard API: copy from an off-screen textarea. */
function copyWithSelection(text, returnFocusTo) {
  const scratch = el("textarea", "", { "aria-hidden": "true", readonly: "" });
  scratch.value = text;
  Object.assign(scratch.style, { position: "fixed", top: "0", left: "-9999px", opacity: "0" });
  document.body.append(scratch);
  scratch.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  scratch.remove();
  returnFocusTo.focus({ preventScroll: true });
  return ok;
}

// ---------------------------------------------------------------------------------------------
// Conversation

function describeFailure(error, hadText) {
  const keep = hadText ? " Your message is still in the box, so you can send it again." : "";
  if (error instanceof HttpError) {
    return `CoachBot hit a snag on its side (error ${error.status}).${keep} Please try again in a moment.`;
  }
  if (error?.name === "AbortError") {
    return `CoachBot is taking too long to answer.${keep} Please try again in a moment.`;
  }
  return `CoachBot couldn't be reached just now. Please check your connection and try again.${keep}`;
}

/**
 * Posts one activity and renders the replies. Resolves to true on success; on failure it shows
 * nothing itself and lets the caller restore what the person had.
 */
async function exchange(activity) {
  const epoch = state.epoch;
  const controller = new AbortController();
  const timer = window.setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  state.inFlight = controller;
  setBusy(true);
  try {
    const replies = await postActivity(activity, controller.signal);
    if (epoch !== state.epoch) return { ok: true };
    adoptConversation(replies);
    const { items, actions, erased } = readReplies(replies);
    if (erased) forgetThisDevice();
    addItems(items);
    setActions(actions);
    // The end, so the last message sits just above the buttons; a draft shows from its top (its Copy button).
    scrollToShow(items);
    return { ok: true };
  } catch (error) {
    return { ok: false, error, stale: epoch !== state.epoch };
  } finally {
    window.clearTimeout(timer);
    if (epoch === state.epoch) {
      state.inFlight = null;
      setBusy(false);
      focusInputIfIdle();
    }
  }
}

async function sendText(rawText, { fromAction = false } = {}) {
  const text = rawText.trim();
  if (state.busy || !text) return;
  clearError();

  const previousActions = state.actions;
  setActions([]);
  if (!fromAction) {
    ui.input.value = "";
    autosize();
  }
  const item = { kind: "user", text };
  addItems([item]);
  scrollToEnd();

  const result = await exchange(messageActivity(text));
  if (result.ok || result.stale) return;

  removeLastItem(item);
  setActions(previousActions);
  if (!fromAction) {
    const typedSince = ui.input.value.trim();
    ui.input.value = typedSince ? `${rawText}\n${ui.input.value}` : rawText;
    autosize();
    ui.input.focus();
  }
  showError(describeFailure(result.error, !fromAction));
}

function setConversationId(id) {
  state.conversationId = id;
  if (id) store.set(KEYS.conversationId, id);
  else store.remove(KEYS.conversationId);
  listenForNudges();
}

// ---------------------------------------------------------------------------------------------
// Nudges: what the bot sends unasked (follow-ups), over server-sent events. The server keeps each one
// until this page says it showed it, so one that fell due while the page was closed arrives when it opens.

let nudges = null;
const shownNudges = new Set();

function listenForNudges() {
  if (nudges?.conversation === state.conversationId) return;
  nudges?.source.close();
  nudges = null;
  if (!state.conversationId || typeof window.EventSource !== "function") return;
  const conversation = state.conversationId;
  const source = new EventSource(`${ENDPOINT}/nudges?conversation=${encodeURIComponent(conversation)}`);
  source.addEventListener("nudge", (event) => {
    try {
      showNudge(JSON.parse(event.data), conversation);
    } catch {
      // A malformed event is skipped; it stays unacknowledged and comes again.
    }
  });
  nudges = { conversation, source };
}

function showNudge(nudge, conversation) {
  if (conversation !== state.conversationId || typeof nudge?.id !== "string") return;
  if (!shownNudges.has(nudge.id)) {
    shownNudges.add(nudge.id);
    const { items, actions } = readReplies(Array.isArray(nudge.activities) ? nudge.activities : []);
    addItems(items);
    // A turn in flight brings its own buttons; otherwise the nudge's are the ones to answer.
    if (!state.busy) setActions(actions);
    scrollToShow(items);
  }
  fetch(`${ENDPOINT}/nudges/ack`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify({ conversation, id: nudge.id }),
  }).catch(() => {
    // Not acknowledged: it comes again on the next connection, and is recognised by its id.
  });
}

/** The server names a new conversation on its replies; this browser keeps to it from then on. */
function adoptConversation(replies) {
  const id = replies.find((activity) => typeof activity?.conversation?.id === "string")?.conversation.id;
  if (id && id !== state.conversationId) setConversationId(id);
}

async function greet() {
  clearError();
  const result = await exchange(greetingActivity());
  if (result.ok || result.stale) return;
  showError(describeFailure(result.error, false), () => {
    if (!state.busy) greet();
  });
}

/**
 * The bot erased everything about the person: this device forgets too (the transcript and the ids),
 * keeping on screen only the confirmation that follows.
 */
function forgetThisDevice() {
  state.transcript = [];
  store.remove(KEYS.transcript);
  state.userId = newId();
  store.set(KEYS.userId, state.userId);
  setConversationId("");
  renderTranscript();
}

function startNewConversation() {
  const hasUserMessages = state.transcript.some((item) => item.kind === "user");
  if (hasUserMessages && !window.confirm("Start a new conversation? This clears the chat and draft on this device.")) {
    return;
  }
  state.epoch += 1;
  state.inFlight?.abort();
  state.inFlight = null;
  setBusy(false);
  clearError();

  setConversationId("");
  state.transcript = [];
  store.remove(KEYS.transcript);
  setActions([]);
  ui.input.value = "";
  autosize();
  renderTranscript();
  announce("Started a new conversation.");
  ui.input.focus();
  greet();
}

// ---------------------------------------------------------------------------------------------
// Wiring

ui.form.addEventListener("submit", (event) => {
  event.preventDefault();
  sendText(ui.input.value);
});

ui.input.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
  event.preventDefault();
  ui.form.requestSubmit();
});

ui.input.addEventListener("input", autosize);
ui.reset.addEventListener("click", startNewConversation);

function start() {
  watchLayout();
  loadState();
  renderTranscript();
  renderActions();
  listenForNudges();

  if (!state.conversationId) {
    greet();
  } else if (state.transcript.length === 0) {
    // A conversation whose greeting never arrived: ask again rather than show an empty page.
    greet();
  }
  ui.input.focus({ preventScroll: true });
}

start();
