// The undoc demo page: no inline script, so it runs under `script-src 'self'`.
import '/pkg/un-document.js';

const SEED = '/seeds/000_ee653181992c2e49.txt';
const SEED_NOTES = '/notes/seed.json';
const MAX_LOG = 60;

const seed = document.getElementById('seed');
const form = document.getElementById('input');
const textarea = document.getElementById('input-text');
const fileInput = document.getElementById('input-file');
const resetButton = document.getElementById('input-reset');
const status = document.getElementById('input-status');
const log = document.getElementById('log');
const seedFallback = [...seed.childNodes].map((n) => n.cloneNode(true));

// Event log: the widgets' events are composed, so they reach the document.
function logEvent(event) {
  const li = document.createElement('li');
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString([], { hour12: false });
  const source = document.createElement('span');
  source.className = 'demo-log-source';
  source.textContent = event.target?.id ? `#${event.target.id}` : event.target?.localName ?? '';
  const type = document.createElement('code');
  type.textContent = event.type;
  const detail = document.createElement('span');
  detail.className = 'demo-log-detail';
  const d = { ...event.detail };
  if (typeof d.text === 'string' && d.text.length > 80) d.text = `${d.text.slice(0, 79)}…`;
  detail.textContent = JSON.stringify(d);
  li.append(time, ' ', source, ' ', type, ' ', detail);
  log.prepend(li);
  while (log.childElementCount > MAX_LOG) log.lastElementChild.remove();
}
for (const type of ['undoc-signatorychange', 'undoc-noteopen', 'undoc-noteclose']) {
  document.addEventListener(type, logEvent);
}

function say(message) {
  status.textContent = message;
}

function show(text, label) {
  seed.removeAttribute('notes'); // the editorial notes belong to the seed letter
  seed.text = text; // drops `src`: the element renders its own text
  say(`Showing ${label}.`);
  seed.ready.then(
    () => seed.scrollIntoView({ block: 'start', behavior: 'smooth' }),
    () => say(`${label[0].toUpperCase()}${label.slice(1)} could not be shown; see the message above.`),
  );
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = textarea.value;
  if (!text.trim()) {
    say('Paste some text first.');
    textarea.focus();
    return;
  }
  show(text, 'the pasted text');
});

fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  try {
    const limit = 16 * 1024 * 1024;
    if (file.size > limit) throw new Error(`${file.name} is too large (the limit is 16 MiB)`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new Error(`${file.name} is not a text file (not valid UTF-8)`);
    }
    show(text, file.name);
  } catch (e) {
    say(`${e.message}.`);
  } finally {
    fileInput.value = '';
  }
});

resetButton.addEventListener('click', () => {
  seed.setAttribute('src', SEED);
  seed.setAttribute('notes', SEED_NOTES);
  seed.replaceChildren(...seedFallback.map((n) => n.cloneNode(true)));
  say('Showing the seed letter.');
});
