import { sentences, tokenize } from './src/tokenize/index.js';
const T = [':)) =)) :D ^^ <3 :( ==> -> vui quá:)) ok', 'file config.json và bao_cao.docx. Xem a.js.', 'cam v.v... Hết', 'AT&T và P&G, Bộ KH&ĐT', '1.600m-2.000m 5-7kg', '10 m/s 5 kg/ha 40 km/giờ. nam/nữ', '(xem: D (xem:D', 'a->b x<3 x <3 <<< === --- 2-3', 'COVID-19 F-16 3D-19'];
for (const s of T) console.log(JSON.stringify(tokenize(s).map(x=>x.text+'/'+x.kind)));
