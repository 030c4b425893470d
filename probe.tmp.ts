import { sentences, tokenize } from './src/tokenize/index.js';
import { segment } from './src/segment/index.js';
for (const s of ['Bệnh nhân L.V.Đ. (45 tuổi, ngụ Long An) đã xuất viện. Gia đình cảm ơn bác sĩ.','Anh làm cho Samsung Electronics Co. Ltd. Công ty có trụ sở ở Bắc Ninh.']) {
console.log(JSON.stringify(sentences(s).map(x=>x.text)));
console.log(JSON.stringify(tokenize(s).map(x=>x.text+'/'+x.kind)));
console.log(JSON.stringify(segment(s).map(x=>x.text)));
}
