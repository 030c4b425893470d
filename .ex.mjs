import * as v from './dist/index.js';
const j = (x) => JSON.stringify(x);
for (const x of ['Hội nghị treân\uD800a địa', 'Hội nghị tr\uD800eân địa', 'â€œ\uD800VÃ o nhà', 'â€œVÃ o\uD800a nhà', 'No\u0323\u0302i.\uD800To\u0302i', 'Vie\u0323\u0302t\uD800a Nam', 'Vie\u0323\u0302t.\uD800a', '\uD800Vie\u0323\u0302t', 'Vie\u0323\u0302\uD800t']) {
  const r = v.repair(x); console.log(j(x), j(r.changes));
}
