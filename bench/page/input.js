// Puts <un-document src="/inputs/NAME.txt"> on the page, NAME from ?input= (default: seed).
const name = new URLSearchParams(location.search).get('input') ?? 'seed';
const el = document.createElement('un-document');
el.id = 'doc';
el.setAttribute('src', `/inputs/${encodeURIComponent(name)}.txt`);
el.setAttribute('timeout', '120000');
document.getElementById('stage').append(el);
