// Text repair must return unchanged: written for the control test (controls.test.ts). Each
// group is one kind of text; lines are written for this file, not copied from anywhere. Many
// of them are also valid legacy bytes (`ñ` is VNI đ, `ö` VNI ư, `é` TCVN3 ộ, `ð` Windows-1258
// đ), which is what makes them worth testing.

const lines = (block: string): string[] =>
  block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

export const CONTROL_GROUPS: Record<string, readonly string[]> = {
  french: lines(String.raw`
    Nous avons dîné dans un petit bistrot près de la gare de Lyon.
    L'été dernier, ma sœur a appris à nager dans le lac d'Annecy.
    Où est la bibliothèque ? Elle est fermée le dimanche.
    Le garçon a reçu une lettre de sa grand-mère à Noël.
    Il faut être prêt à huit heures précises, sinon le bus part sans toi.
    François et Hélène se sont mariés à Montréal en août.
    La forêt était silencieuse ; seul un hibou chantait au loin.
    Je préfère le pâté de campagne et un verre de côtes-du-rhône.
    Ce théâtre a été rénové grâce aux dons des habitants.
    Les élèves ont étudié la Révolution française et l'Empire.
    Il a plu toute la journée à Besançon et à Orléans.
    Le maître d'hôtel nous a conduits à une table près de la fenêtre.
    Cette année, la fête de la musique tombe un samedi.
    Où avez-vous acheté ce château de sable si réussi ?
    Zoé a égaré ses clés dans le métro, à Châtelet.
    La côte d'Azur attire des touristes du monde entier.
    À bientôt, et n'oublie pas ton écharpe !
    Le député a déclaré que la réforme était nécessaire.
    Il s'est assis à côté de moi et a commandé un café crème.
    Les Pyrénées séparent la France de l'Espagne.
    Noël approche : les enfants écrivent au Père Noël.
    Le cœur a ses raisons que la raison ne connaît point.
  `),
  german: lines(String.raw`
    Die Straße war nass, weil es die ganze Nacht geregnet hatte.
    Wir fahren übermorgen mit dem Zug nach Düsseldorf und Köln.
    Größere Städte haben oft Probleme mit dem Verkehr.
    Frau Müller hat ihrem Sohn einen Fußball geschenkt.
    Äpfel, Birnen und Pflaumen wachsen im Garten meiner Großmutter.
    Das Mädchen öffnete die Tür und begrüßte die Gäste.
    Jürgen Schäfer wohnt in der Königstraße 12 in Nürnberg.
    Für die Prüfung muss man viel üben und früh schlafen gehen.
    Österreich und die Schweiz grenzen an Deutschland.
    Die Brücke über den Fluss wurde im Frühling gebaut.
    Heute gibt es Käsespätzle und danach Apfelstrudel mit Soße.
    Der Bäcker öffnet um sechs Uhr früh.
    Können Sie mir bitte sagen, wo der Bahnhof ist?
    Wir genießen die Ruhe am Bodensee.
    Die Übersetzung enthält leider einige Fehler.
    Sie hat grüne Augen und lange, blonde Haare.
    Das Wetter in München ist heute schön, aber kühl.
    Die Gebühren müssen bis Ende des Monats bezahlt werden.
  `),
  spanish: lines(String.raw`
    Mañana vamos a la playa si no llueve.
    El niño comió una manzana y se durmió en el sofá.
    ¿Dónde está la estación de autobuses?
    ¡Qué sorpresa verte aquí en Málaga!
    La señora Núñez trabaja en una oficina de Logroño.
    El año pasado viajé a Perú y a Bolivia con mi compañero.
    Los niños jugaban en el jardín mientras sus padres cocinaban.
    La canción que cantó Begoña fue muy emotiva.
    Necesito comprar pan, leche y azúcar en la tienda.
    El señor Ibáñez es el dueño del restaurante de la esquina.
    Vivimos cerca del río Guadalquivir, en Sevilla.
    Hoy es miércoles y mañana será jueves.
    El pequeño pingüino nadaba en el agua helada.
    España ganó el campeonato después de un partido difícil.
    Ella estudió ingeniería en la Universidad de Salamanca.
    El otoño en Asturias es lluvioso pero precioso.
    Mi abuela preparó una paella riquísima el domingo.
    La última película de Almodóvar se estrenó en diciembre.
  `),
  portuguese: lines(String.raw`
    A informação foi enviada ontem à noite para o escritório.
    Ele não sabe se vai à praia amanhã ou na sexta-feira.
    As crianças comeram pão com manteiga e beberam suco de laranja.
    João e Conceição moram em Florianópolis há dez anos.
    A canção brasileira tem uma história muito rica.
    Você já visitou a Ilha da Madeira ou os Açores?
    O médico disse que a situação é grave, mas estável.
    A população de Belém cresceu muito nas últimas décadas.
    Não há razão para preocupação; tudo está sob controle.
    O avô contou histórias de pescadores e tubarões.
    Comprei três limões, um melão e duas maçãs na feira.
    A lição de hoje é sobre a Revolução dos Cravos.
    Eles são irmãos e estudam na mesma escola em Coimbra.
    O coração dela batia forte antes da apresentação.
  `),
  italian: lines(String.raw`
    Perché non sei venuto alla festa di sabato?
    La città di Firenze è famosa per i suoi musei.
    Ho mangiato un gelato al caffè in piazza Navona.
    Lunedì andrò dal medico per un controllo.
    È già tardi, dobbiamo tornare a casa.
    Il caffè espresso è più forte di quello americano.
    Niccolò ha studiato filosofia all'università di Bologna.
    Più tardi faremo una passeggiata lungo il Po.
    La qualità del servizio è migliorata molto.
    Venerdì c'è uno sciopero dei treni in tutta Italia.
    Però la verità è che nessuno sapeva cosa fare.
    Così finì la storia del re e della sua città.
  `),
  nordic: lines(String.raw`
    Þetta er fallegur dagur í Reykjavík.
    Ég fór til Akureyrar með systur minni í sumar.
    Guðmundur og Sigríður eiga þrjú börn.
    Hún talaði við þjóninn á veitingastaðnum.
    Við sáum norðurljósin yfir Þingvöllum.
    Jökulsárlón er eitt af fallegustu stöðum á Íslandi.
    Björk söng á tónleikum í Hörpu í gærkvöldi.
    Jeg bor i København og arbejder i Århus.
    Vi spiste rødgrød med fløde til dessert.
    Søren Kierkegaard blev født i 1813.
    Æbler og pærer er gode om efteråret.
    Hun kjøpte brød og smør på butikken i Bergen.
    Det er kaldt i Trondheim om vinteren, men sommeren er fin.
    Vi gikk tur på fjellet og så en elg ved vannet.
    Nordlys og midnattssol er kjent fra Nord-Norge.
    Jag älskar att åka skidor i fjällen på vintern.
    Köttbullar med lingonsylt är en klassisk rätt.
    Vi träffades på ett café i Malmö förra veckan.
    Björn och Åsa har en sommarstuga vid sjön.
    Hämta kaffe och kanelbullar till fikat, tack.
    Färjan till Åland går varje dag från Stockholm.
    Gröna ängar och röda stugor syns överallt i Dalarna.
    Hyvää huomenta! Menemme tänään Helsingin keskustaan.
    Pöydällä on kaksi kuppia kahvia ja pullaa.
  `),
  czech_slovak_polish: lines(String.raw`
    Dobrý den, jak se máte? Děkuji, mám se dobře.
    Praha je hlavní město České republiky.
    Včera jsme byli v divadle a hráli Smetanovu Prodanou nevěstu.
    Řeka Vltava protéká Prahou a Českými Budějovicemi.
    Žluťoučký kůň úpěl ďábelské ódy.
    Moje sestra studuje na univerzitě v Brně.
    Příští týden pojedeme na hory do Krkonoš.
    Čaj nebo kávu? Raději čaj s citronem.
    Bratislava leží na Dunaji, blízko Viedne.
    Dzień dobry, czy mogę prosić o rachunek?
    Łódź i Gdańsk to duże miasta w Polsce.
    Zażółć gęślą jaźń.
    Wczoraj padał śnieg, więc zostaliśmy w domu.
    Małgorzata kupiła chleb, masło i ser w sklepie.
    Kraków jest pięknym miastem z długą historią.
    Proszę zamknąć drzwi, bo jest zimno.
    Wrocław leży nad Odrą, a Szczecin nad Odrą i Bałtykiem.
    Lech Wałęsa otrzymał Pokojową Nagrodę Nobla.
  `),
  turkish_romanian_hungarian: lines(String.raw`
    Bugün hava çok güzel, parkta yürüyüş yapalım.
    İstanbul'da Boğaziçi Köprüsü'nü gördük.
    Öğretmen öğrencilere ödev verdi.
    Şimdi çay içmek ister misiniz?
    Ağaçların yaprakları sonbaharda sararır.
    Çocuklar bahçede top oynuyor.
    Ankara Türkiye'nin başkentidir.
    Işık söndü ve herkes sessizce bekledi.
    Bună ziua, ce mai faceți?
    București este capitala României.
    Mâine mergem la munte, în Carpați.
    Știința și tehnologia avansează rapid.
    Țăranii au strâns recolta înainte de ploaie.
    Am mâncat mămăligă cu brânză și smântână.
    Jó napot kívánok! Hogy van?
    Budapesten a Duna két partján épült a város.
    Ő a legjobb barátom, Gábor.
    Árvíztűrő tükörfúrógép.
    Szeretnék egy kávét és egy pohár vizet kérni.
    A könyvtár hétfőn zárva tart.
    Bécsből érkezett a vonat tíz perc késéssel.
  `),
  catalan_dutch_other: lines(String.raw`
    Bon dia! Què vols per esmorzar?
    La Sagrada Família és a Barcelona.
    L'àvia cuina escudella i carn d'olla per Nadal.
    Els nens juguen a la plaça després de l'escola.
    Goedemorgen, hoe gaat het met je?
    Wij gaan morgen met de fiets naar het strand.
    De Rijksmuseum in Amsterdam heeft veel schilderijen.
    Ik heb een café gevonden met heerlijke koffie.
    Zij is naïef, maar erg vriendelijk.
    Tere hommikust! Kuidas läheb?
    Labas rytas, kaip sekasi?
    Sveiki! Kā jums klājas šodien?
    Dobar dan, kako ste? Hvala, dobro sam.
    Zagreb je glavni grad Hrvatske; Split je na moru.
    Lijepo je vrijeme, idemo na kavu u Đakovo.
    Bom dia a tots, i bon profit!
  `),
  english: lines(String.raw`
    The meeting has been moved to Thursday at 3:30 p.m. in room 204.
    I can't believe it's already December; where did the year go?
    Please send the invoice to accounts@example.com before Friday.
    She bought a new laptop for $1,299.99 during the Black Friday sale.
    We'll need at least 3 volunteers for the weekend event.
    He said "no" twice, then changed his mind.
    The café on the corner serves great croissants and crêpes.
    Our résumé template is attached; feel free to edit it.
    The naïve approach is O(n^2), but a hash map gives O(n).
    A déjà vu moment: the same bug appeared in version 2.3.1.
    Dr. Smith, Mr. Jones and Mrs. O'Neil attended the conference.
    Add 2 cups of flour, 1 tsp. of salt, and mix well.
    The U.S. and the U.K. signed the agreement in 1998.
    Is it 5 o'clock yet? I'm starving.
    Rock 'n' roll never dies, they say.
    Deadline: Mon., Oct. 14 — no extensions!
    Press Ctrl+Alt+Del to restart, or Cmd+Q to quit.
    The temperature dropped to -5°C last night.
    Tom's and Anna's kids go to the same school.
    See pp. 12-15, esp. fig. 3 and table 2.
    Add ddl files to the add-on folder, then reload.
    Eddie added odd padding to the middle div.
    Sudden hidden ladders were added by Buddy and Teddy.
    The ado about nothing; a ya-ya sisterhood; oh, and so on.
    Are you sure? Yes. No? Maybe.
    A lot of do's and don'ts, i.e. rules.
    Gee, I dunno, ma'am.
    Go to page 4, line 5; then 6. Ok?
    I'm OK, you're OK, we're all OK.
    He reads Tolkien, Pratchett, and Le Guin.
  `),
  names_places: lines(String.raw`
    Renée Zellweger, Penélope Cruz và Zoë Saldaña đóng phim cùng nhau.
    Nhạc sĩ Dvořák và Chopin đều sinh ra ở châu Âu.
    Cầu thủ Özil, Müller và Kroos từng khoác áo tuyển Đức.
    Ông Ngô Bảo Châu làm việc tại Đại học Chicago.
    José Mourinho dẫn dắt đội bóng ở Bồ Đào Nha.
    Søren, Åse và Ødegaard đều đến từ Bắc Âu.
    Nikola Jokić và Luka Dončić thi đấu ở NBA.
    Thủ đô của Iceland là Reykjavík, còn của Thổ Nhĩ Kỳ là Ankara.
    Chúng tôi bay từ Zürich đến São Paulo qua Lisboa.
    Gabriel García Márquez viết "Trăm năm cô đơn".
    Antonín Dvořák, Béla Bartók, Frédéric Chopin.
    Ernő Rubik, Erdős Pál, Gyõr és Pécs.
    Recep Tayyip Erdoğan, Orhan Pamuk, Nazım Hikmet.
    Björn Borg, Zlatan Ibrahimović, Mikael Åkerfeldt.
    François Hollande, Jean-Luc Mélenchon, Ségolène Royal.
    Ñuñoa là một quận ở Santiago, Chile.
    Öresund nối Malmö với København.
    Đà Nẵng, Huế, Hội An, Nha Trang, Vũng Tàu, Cần Thơ.
    Quảng Ninh, Hạ Long, Móng Cái, Cô Tô, Vân Đồn.
    Thành phố Hồ Chí Minh, Bình Dương, Đồng Nai, Long An.
  `),
  vietnamese: lines(String.raw`
    Hôm nay trời đẹp, chúng tôi đi dạo quanh hồ Hoàn Kiếm.
    Bà ngoại tôi năm nay đã tám mươi tuổi nhưng vẫn còn khỏe.
    Học sinh được nghỉ hè từ đầu tháng sáu đến cuối tháng tám.
    Chị ấy làm việc ở một công ty phần mềm tại Đà Nẵng.
    Mẹ nấu canh chua cá lóc và thịt kho trứng cho bữa tối.
    Cơn mưa chiều nay làm nhiều tuyến phố bị ngập nặng.
    Anh có biết đường đến bưu điện không?
    Tôi đã đọc xong cuốn sách ấy trong hai ngày.
    Người dân địa phương rất hiếu khách và thân thiện.
    Giá xăng tăng khiến chi phí vận chuyển cũng tăng theo.
    Cô giáo khen bé vì đã làm bài tập đầy đủ.
    Con mèo nằm ngủ dưới gốc cây bàng trước sân.
    Đội tuyển đã giành chiến thắng sau loạt sút luân lưu.
    Ông bà ta có câu: "Uống nước nhớ nguồn".
    Chợ Bến Thành mở cửa từ sáng sớm đến tối muộn.
    Tháng trước, gia đình tôi về quê ăn giỗ ông nội.
    Bé Na thích ăn chè đậu xanh và bánh flan.
    Những cánh đồng lúa chín vàng trải dài tới chân núi.
    Nhà văn Nguyễn Huy Thiệp qua đời năm 2021.
    Sông Hồng chảy qua nhiều tỉnh miền Bắc.
    Thôi, đừng lo nữa, mọi chuyện rồi sẽ ổn thôi.
    Ô hay, sao anh lại nói thế?
    Ừ, để mai tính; giờ ăn cơm đã.
    Ơ kìa, mưa rồi! Mang áo mưa vào đi.
    Cả nhà ngồi quây quần bên mâm cơm tất niên.
    Ở đây có bán vé xe đi Hà Giang không ạ?
    Tôi thấy ông ấy đi bộ một mình ngoài bờ đê.
    Nó bảo là nó không biết gì cả.
    Cô ấy cười, rồi lặng lẽ bước đi.
    Bố tôi là bộ đội, mẹ tôi là giáo viên.
    Chó nhà hàng xóm sủa suốt đêm qua.
    Chú tôi trồng cà phê ở Buôn Ma Thuột.
    Bé út nhà tôi rất thích chơi xếp hình.
    Tôi có hỏi nhưng nó chẳng nói gì.
    Hét lên một tiếng rồi chạy mất.
    Một hạt thóc, một hột cơm đều quý.
    Chị Hà bán bún ốc ở đầu ngõ.
    Người ta nói anh ấy là một nhà thơ có tài.
    Em bé khóc đòi mẹ, bà phải dỗ mãi mới nín.
    Tôi nợ anh một lời xin lỗi.
    Mùa thu Hà Nội có hoa sữa nồng nàn.
    Có công mài sắt, có ngày nên kim.
    Ăn quả nhớ kẻ trồng cây.
    Nói dối là không tốt đâu con ạ.
    Bé Bống và bé Bi đang chơi trốn tìm.
    Cô ta lấy chồng xa, ít khi về thăm nhà.
    Ông lão đánh cá ngồi vá lưới bên bờ biển.
    Sáng nào bà cũng ra chợ mua rau, mua cá.
    Cái áo này giá bao nhiêu hả chị?
    Tôi ghé quán phở quen ăn sáng trước khi đi làm.
  `),
  vietnamese_mixed_tech: lines(String.raw`
    Bạn cần cài Node.js 20 trở lên rồi chạy npm install để cài thư viện.
    Hàm này trả về một Promise, nhớ dùng await khi gọi nó.
    Server bị lỗi 500 do thiếu biến môi trường DATABASE_URL.
    Dữ liệu được lưu trên PostgreSQL và cache bằng Redis.
    Team frontend dùng React, còn backend viết bằng Go và Rust.
    Hãy push code lên branch feature/login rồi tạo pull request.
    Mô hình machine learning này được train trên GPU A100.
    Ứng dụng hỗ trợ cả iOS lẫn Android, bản web chạy trên Chrome.
    Lỗi "undefined is not a function" thường do gọi sai tên hàm.
    Deploy lên Kubernetes xong thì kiểm tra log bằng kubectl logs.
    Bạn nhớ commit trước khi rebase nhé, không là mất code đấy.
    File config.yaml nằm trong thư mục config ở gốc dự án.
    Chúng tôi đang tuyển lập trình viên Python, lương từ 20 triệu.
    API trả về JSON với các trường id, name và createdAt.
    Mình test trên Firefox thì ổn, nhưng Safari bị vỡ layout.
    Cuộc họp online qua Zoom lúc 9h sáng thứ Hai.
    Em gửi anh file báo cáo Excel qua Google Drive rồi nhé.
    Sếp bảo phải fix bug này trước deadline thứ Sáu.
    Trang web load chậm vì ảnh quá nặng, nên nén lại bằng WebP.
    Nhập mật khẩu ít nhất 8 ký tự, gồm chữ hoa, chữ thường và số.
    Dùng Docker Compose để chạy cả app, db và nginx cùng lúc.
    Cô ấy làm data analyst cho một startup fintech ở Sài Gòn.
    Chiếc smartphone mới có camera 200MP và pin 5000mAh.
    Bản update iOS 17.2 sửa lỗi Wi-Fi và Bluetooth.
    Hôm qua CPU lên 100% vì một vòng lặp vô hạn trong worker.
  `),
  vietnamese_loanwords: lines(String.raw`
    Công trình được đổ bêtông cốt thép từ tháng trước.
    Chiếc ôtô con đỗ ngay trước cổng trường.
    Ông ấy đọc toàn tập Lênin và Các Mác hồi còn trẻ.
    Xe đạp bị tuột xích vì pê-đan lỏng.
    Anh thợ sửa xe thay cái phanh và cái gác-đờ-bu mới.
    Bà mua một lọ xì dầu, hai gói mì chính và một chai xốt cà chua.
    Tối nay có phim ở rạp xi-nê gần nhà.
    Ông giám đốc đi công tác ở Mátxcơva và Xanh Pê-téc-bua.
    Mùa đông năm ấy tuyết rơi dày ở Pa-ri.
    Nhà tôi có cái tủ lạnh, cái ti-vi và cái ra-đi-ô cũ.
    Cậu bé uống sữa và ăn bánh quy sô-cô-la.
    Bác sĩ tiêm vắc-xin cho các cháu ở trạm y tế xã.
    Đội tuyển có một huấn luyện viên người Hà Lan.
    Cà phê phin uống với sữa đặc là đặc sản.
    Chiếc xe buýt số 9 chạy từ Bờ Hồ đến Cầu Giấy.
    Ca-ri gà ăn với bánh mì là món khoái khẩu của tôi.
    Anh ấy chơi ghi-ta rất hay và hát nhạc Trịnh.
    Nhà máy xi măng ở Hải Phòng vừa hoàn thành lò nung mới.
    Ông ấy từng học ở Ô-xtrây-li-a và Niu Di-lân.
    Căn phòng được lát gạch men và sơn màu kem.
    Tô-ki-ô, Oa-sinh-tơn, Luân Đôn và Béc-lin là các thủ đô lớn.
    Hồi đó cả xóm chỉ có một cái ôtô và vài cái mô-tô.
    Bêtông tươi được trộn sẵn rồi chở đến công trường.
    Anh ta mặc áo sơ mi, đi giày ba-ta.
    Lênin, Stalin và Khơ-rút-sốp đều là lãnh tụ Liên Xô.
  `),
  vietnamese_no_marks: lines(String.raw`
    Hom nay troi dep, chung toi di dao quanh ho.
    Ban oi, cho minh hoi duong den cho Ben Thanh voi.
    Toi dang o nha, toi nay se goi lai cho ban nhe.
    Anh co ranh khong? Di uong cafe di.
    Em cam on anh nhieu lam, hen gap lai.
    Chuc mung nam moi, an khang thinh vuong!
    Gia vang hom nay tang manh so voi hom qua.
    Nguoi Viet Nam rat hieu khach va than thien.
    Me oi, con doi qua, nha minh co gi an khong?
    Thoi tiet Ha Noi hom nay co mua rao va dong.
    Cho toi mot ly tra da va mot dia com rang.
    Sinh vien nam nhat phai hoc quan su mot thang.
    Ong ay la giam doc cong ty xay dung o Da Nang.
    Nha toi o gan truong hoc, di bo chi mat nam phut.
    Doi tuyen Viet Nam thang Thai Lan 2-0 toi qua.
    Dd dang ky tai khoan, vui long nhap so dien thoai.
    Toi thich doc sach, nghe nhac va di du lich.
    Cau ay hoc gioi nhat lop, lai con hat hay.
  `),
  vietnamese_caps: lines(String.raw`
    THỦ TƯỚNG CHỈ ĐẠO KHẨN TRƯƠNG KHẮC PHỤC HẬU QUẢ BÃO LŨ
    HỘI NGHỊ BAN CHẤP HÀNH TRUNG ƯƠNG LẦN THỨ TÁM
    GIÁ VÀNG TĂNG KỶ LỤC, NGƯỜI DÂN ĐỔ XÔ ĐI MUA
    TUYỂN VIỆT NAM GIÀNH CHIẾN THẮNG ẤN TƯỢNG
    CÔNG AN TP.HCM BẮT GIỮ NHÓM LỪA ĐẢO QUA MẠNG
    UBND TỈNH LÂM ĐỒNG HỌP BÁO CÔNG BỐ KẾ HOẠCH MỚI
    HĐND THÀNH PHỐ HÀ NỘI KHAI MẠC KỲ HỌP THỨ MƯỜI
    SỞ GD&ĐT CÔNG BỐ ĐIỂM CHUẨN VÀO LỚP 10
    BỘ Y TẾ KHUYẾN CÁO NGƯỜI DÂN PHÒNG CHỐNG SỐT XUẤT HUYẾT
    MỘT NGÀY Ở CHỢ NỔI CÁI RĂNG
    CHƯƠNG I. NHỮNG QUY ĐỊNH CHUNG
    ĐIỀU 5. QUYỀN VÀ NGHĨA VỤ CỦA CÔNG DÂN
    QUYẾT ĐỊNH VỀ VIỆC BỔ NHIỆM CÁN BỘ
    THÔNG BÁO TUYỂN SINH NĂM HỌC 2024-2025
    NGÂN HÀNG NHÀ NƯỚC ĐIỀU CHỈNH LÃI SUẤT
    HÀ NỘI: MƯA LỚN, NHIỀU TUYẾN PHỐ NGẬP SÂU
    CÓ CÔNG MÀI SẮT CÓ NGÀY NÊN KIM
    BÉ GÁI 5 TUỔI ĐƯỢC CỨU SỐNG KỲ DIỆU
    Ô TÔ TẢI LẬT NHÀO TRÊN QUỐC LỘ 1A
    ÔNG BÀ CHA MẸ VÀ CON CHÁU
    KHÓ KHĂN CÒN NHIỀU NHƯNG KHÔNG LÙI BƯỚC
    CÓ HAY KHÔNG? LÀM SAO ĐỂ BIẾT?
    BÃO SỐ 3 ĐỔ BỘ VÀO CÁC TỈNH MIỀN BẮC
    TRƯỜNG ĐẠI HỌC BÁCH KHOA HÀ NỘI
    CÂU LẠC BỘ BÓNG ĐÁ SÔNG LAM NGHỆ AN
    MẸ VÀ BÉ
    CHỢ TẾT
    CÀ PHÊ SỮA ĐÁ
    NHÀ Ở XÃ HỘI
    ÁO DÀI VIỆT NAM
  `),
  abbreviations: lines(String.raw`
    UBND, HĐND và MTTQ phường họp liên tịch sáng nay.
    TP.HCM và TP. Hà Nội là hai đô thị đặc biệt.
    Đại biểu QH đề nghị Bộ GD&ĐT làm rõ trách nhiệm.
    Ông là Phó Chủ tịch UBND tỉnh, kiêm Giám đốc Sở KH&ĐT.
    Theo Nghị định số 15/2020/NĐ-CP của Chính phủ.
    Căn cứ Luật số 59/2020/QH14 ngày 17/6/2020.
    Công ty TNHH MTV Thương mại Dịch vụ ABC.
    Số CMND/CCCD: 001234567890, cấp ngày 01/01/2020.
    Tầng 3, số 12 ngõ 34 phố Láng Hạ, Q. Đống Đa, HN.
    ĐH Quốc gia TP.HCM, ĐHBK HN, ĐH KHTN.
    Liên hệ: ĐT 0912.345.678, Fax (024) 3825 1234.
    Đ/c Nguyễn Văn A, BCH Đoàn TNCS HCM.
    Giờ mở cửa: T2–T6, 8h–17h; T7 nghỉ.
    Vụ án được TAND tỉnh đưa ra xét xử sơ thẩm.
    VKSND tối cao đã ban hành cáo trạng.
    TT-BTC, QĐ-UBND, CV-SYT, KH-BCĐ.
    Xã Đ'Ran, huyện Đơn Dương, tỉnh Lâm Đồng.
    ĐBSCL, ĐNB, TDMNPB, BTB.
  `),
  prices: lines(String.raw`
    Giá bán lẻ là 25.000 đ/kg, rẻ hơn tuần trước 3.000 đ.
    Vé vào cửa 50.000đ, trẻ em dưới 6 tuổi miễn phí.
    Căn hộ có giá 3,5 tỷ đồng, tương đương khoảng 140.000 USD.
    Tỷ giá hôm nay: 1 USD = 24.500 VND, 1 € = 26.700 VND.
    The ticket costs €12.50 or £10.80; kids pay ¥500.
    Price: $19.99 (was $24.99) — save 20%!
    Giá: 1.250.000,50 đồng, đã gồm 10% VAT.
    Lãi suất 6,5%/năm, kỳ hạn 12 tháng.
    Prix : 12,50 € TTC ; livraison offerte dès 50 €.
    Preis: 9,99 € pro Stück, zzgl. MwSt.
    Precio: 15 € por persona, bebida incluida.
    Cena: 120 zł, w tym VAT 23%.
    Ár: 4 990 Ft, Fiyat: 250 ₺, Pris: 99 kr.
    Mua 2 tặng 1, chỉ 199k cho mỗi combo!
    Giá trần là 20.000 đ một lít xăng RON 95.
    Tổng cộng: 1.500.000 đ (một triệu năm trăm nghìn đồng).
  `),
  code: lines(String.raw`
    const user = { name: "An", age: 30, city: "Hà Nội" };
    if (x !== null && x.length > 0) { return x[0]; }
    function add(a, b) { return a + b; } // cộng hai số
    let s = str.replace(/\s+/g, ' ').trim();
    const re = /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/i;
    arr.map((x) => x * 2).filter((x) => x > 10).reduce((a, b) => a + b, 0);
    const { useState, useEffect } = require('react');
    export default class UserService extends BaseService {}
    console.log('Xin chào thế giới');
    def greet(name): return f"Xin chào {name}!"
    for i in range(10): print(i ** 2)
    with open('du_lieu.csv', encoding='utf-8') as f: rows = list(csv.reader(f))
    data = {"ten": "Lan", "tuoi": 25, "diem": [8.5, 9.0]}
    x = [a for a in items if a.startswith('dd')]
    print("Tổng: %d, trung bình: %.2f" % (total, avg))
    SELECT id, ho_ten, ngay_sinh FROM sinh_vien WHERE lop = 'K62' ORDER BY ho_ten;
    INSERT INTO products (name, price) VALUES ('Cà phê', 25000), ('Trà đá', 5000);
    UPDATE users SET status = 'active' WHERE last_login > NOW() - INTERVAL '30 days';
    DELETE FROM logs WHERE created_at < '2023-01-01';
    CREATE TABLE don_hang (id SERIAL PRIMARY KEY, tong_tien NUMERIC(12,2) NOT NULL);
    SELECT COUNT(*) AS so_luong FROM orders GROUP BY customer_id HAVING COUNT(*) > 5;
    grep -rn "TODO" src/ | wc -l
    find . -name "*.log" -mtime +7 -delete
    export PATH="$HOME/.local/bin:$PATH"
    tar -xzvf archive.tar.gz -C /opt/app && cd /opt/app
    echo "Đã cài xong" >> install.log 2>&1
    curl -X POST -H "Content-Type: application/json" -d '{"ok":true}' http://localhost:8080/api
    sed -i 's/foo/bar/g' config.ini
    awk -F, '{ sum += $3 } END { print sum }' data.csv
    {"id": 42, "title": "Báo cáo quý", "tags": ["kinh tế", "tài chính"], "active": true}
    {"message": "Không tìm thấy tài nguyên", "code": 404}
    C:\Program Files\Microsoft Office\root\Office16\WINWORD.EXE
    D:\Tai lieu\Hop dong 2024\hop_dong_so_01.pdf
    C:\Users\Nguyễn Văn An\Desktop\Ảnh cưới\IMG_0001.jpg
    \\server\share\Kế toán\2024\bao_cao.xlsx
    ^\d{3}-\d{4}$ matches 555-1234 but not 55-12345.
    (?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})
    [A-Za-zÀ-ỹ]+ matches Vietnamese words like tiếng and Việt.
    #include <stdio.h>
    int main(void) { printf("Hello\n"); return 0; }
    std::vector<int> v{1, 2, 3}; v.push_back(4);
    public static void main(String[] args) { System.out.println("Chào"); }
    fn main() { let v: Vec<u8> = vec![1, 2, 3]; println!("{:?}", v); }
    <div class="header"><a href="/trang-chu">Trang chủ</a></div>
    <meta charset="utf-8"><title>Tin tức</title>
    body { font-family: "Be Vietnam Pro", sans-serif; color: #333; }
    a:hover { text-decoration: underline; }
    x += 1; y -= 2; z *= 3; w /= 4;
    a^b, a|b, a&b, ~a, a<<2, a>>2
    key=value; path=/; expires=Thu, 01 Jan 2026 00:00:00 GMT
    2024-03-15T08:30:00.000Z INFO  [main] Server started on port 3000
    ERROR 2024-03-15 08:31:12 - Không kết nối được cơ sở dữ liệu
    $ npm run build && npm test -- --coverage
    README.md, package.json, tsconfig.json, .gitignore
    v1.2.3-beta.4+build.567
    0x1F600, 0xFF, 0b1010, 1e-9, 3.14159
    user?.profile?.name ?? 'Khách'
    a ? b : c; x ?? y; p?.q
    matrix[i][j] = matrix[i-1][j] + matrix[i][j-1];
    printf("%s: %d\n", "count", 10);
    SELECT * FROM t WHERE a LIKE 'dd%' OR b = 'O''Brien';
  `),
  links: lines(String.raw`
    Xem thêm tại https://www.example.com/tin-tuc/kinh-te?page=2&sort=moi-nhat#top
    Đăng ký tại http://dangky.example.vn/form?ma=ABC123&loai=ca-nhan
    Tải về: https://github.com/user/repo/archive/refs/tags/v1.0.0.zip
    Liên hệ hỗ trợ qua hotro@congty.vn hoặc gọi 1900 1234.
    Email: nguyen.van.an@gmail.com, tran_thi_b@yahoo.com.vn
    https://maps.google.com/?q=Hồ+Gươm,+Hà+Nội
    https://www.google.com/search?q=c%C3%A0+ph%C3%AA&hl=vi
    ftp://files.example.org/pub/linux/README
    mailto:info@example.fr?subject=Réservation%20été
    https://fr.wikipedia.org/wiki/Château_de_Versailles
    https://de.wikipedia.org/wiki/Düsseldorf
    https://es.wikipedia.org/wiki/Peñíscola
    www.vnexpress.net, www.tuoitre.vn và www.thanhnien.vn
    Theo dõi chúng tôi trên facebook.com/trangchinhthuc nhé!
    /usr/local/bin/node /home/an/du-an/index.js --port=3000
    ./scripts/build.sh --release --target=x86_64
    ~/Documents/Báo cáo/2024/tháng 3.docx
    http://localhost:3000/api/v1/users?id=5&fields=name,email
    https://example.com/a?b=c&d=e%20f&g=h+i
    s3://my-bucket/data/2024/03/15/part-0001.parquet
  `),
  social: lines(String.raw`
    #HàNội #DuLịch #ẨmThực
    #throwback #tbt #summer2023 #café
    @nguyenvanan cảm ơn bạn nhiều nha!
    Vui quá 😂😂😂 hôm nay được nghỉ sớm
    Chúc mừng sinh nhật em 🎂🎉❤️
    Đẹp xỉu luôn á 😍 #đẹp #xinhxắn
    OMG 😱 giá vé tăng gấp đôi rồi!!!
    ☀️ Trời nắng đẹp, đi biển thôi 🏖️
    Tks ad nhiều nha ^^ hẹn gặp lại :)
    Ok bạn ơi, mình chốt đơn nhé :D
    Haha =)) buồn cười quá đi mất
    Yêu cả nhà <3 <3
    ^_^ chào buổi sáng mọi người
    Thích quá đi ~~~ mai lại đi tiếp nhé
    Sao vậy??? Trả lời mình đi...
    Thật không?! Không thể tin được!!!
    Ừm... để mình nghĩ đã.
    Đi đâu đó? -- Đi chợ.
    Bạn ơi, size M còn không ạ? Inbox mình nhé.
    Like và share để ủng hộ page nha mọi người!
  `),
  punctuation_numbers: lines(String.raw`
    Ngày 2/9/1945, tại Quảng trường Ba Đình, Hà Nội.
    Nhiệt độ từ 25°C đến 32°C, độ ẩm 80%.
    Chiều cao 1m75, nặng 68kg, vòng eo 80cm.
    Tỷ số chung cuộc: 3–2 (hiệp 1: 1–1).
    Số điện thoại: +84 912 345 678.
    Lúc 7h30' sáng, đoàn xe xuất phát.
    « Bonjour », dit-il ; puis il partit.
    „Guten Tag“, sagte sie.
    — Anh đi đâu đấy? — Tôi đi làm.
    Câu hỏi 1) Tính 2 + 2 × 3 = ? Đáp án: 8.
    Khoảng 1/3 dân số sống ở nông thôn.
    Mục 4.2.1; Phụ lục B; Bảng 7.
    1. Mở đầu 2. Nội dung 3. Kết luận
    a) đúng; b) sai; c) không xác định.
    Hạng mục: ① nền móng ② khung ③ mái.
    §3 Abs. 2 BGB; Art. 5 GG.
    N° 12, 3ᵉ étage, 2ème arrondissement.
    Giá trị ±5%, sai số ≤ 0,1 mm.
    ½ chén đường, ¼ thìa muối.
    © 2024 Công ty ABC. Bảo lưu mọi quyền. ™ ®
  `),
  vietnamese_foreign_words: lines(String.raw`
    Đội bóng của Muñoz vừa ký hợp đồng với tiền đạo Ødegaard.
    Anh ấy học thạc sĩ ở Göteborg rồi chuyển sang Malmö làm việc.
    Cô ấy gọi món paella và uống một ly sangría ở quán Señor.
    Tôi đã đến Zürich, Genève và Neuchâtel trong chuyến công tác.
    Nhà hàng phục vụ món bœuf bourguignon và crème brûlée rất ngon.
    Tên anh ấy là Þór, đến từ Iceland, còn vợ là Guðrún.
    Chúng tôi thuê một căn nhà gỗ ở Ærø trong kỳ nghỉ hè.
    Ca sĩ Björk biểu diễn ở Hà Nội tối qua.
    Phim của Pedro Almodóvar được chiếu ở Liên hoan phim Cannes.
    Tôi thích đọc tiểu thuyết của Gabriel García Márquez.
    Bác sĩ Ñúñez đã phẫu thuật thành công cho bệnh nhân.
    Thành phố Łódź ở Ba Lan có nhiều nhà máy dệt cũ.
    Anh ấy đã tốt nghiệp Đại học Kraków năm ngoái.
    Công ty có văn phòng ở São Paulo, Brasília và Belém.
    Chúng tôi đi tàu từ København sang Århus mất ba tiếng.
    Cà phê ở Café de Flore đắt nhưng rất đáng thử.
    Nhà thơ Nazım Hikmet sinh ở Thessaloníki.
    Ông Dvořák là nhạc sĩ người Séc nổi tiếng.
    Cô giáo dạy tiếng Pháp tên là Hélène.
    Món phở được CNN xếp vào danh sách món ăn ngon nhất.
    MÜNCHEN, KÖLN UND DÜSSELDORF
    ESPAÑA GANA LA COPA
    SÃO PAULO É A MAIOR CIDADE
    ÅRHUS OG KØBENHAVN
    CAFÉ DE LA PAIX
    ÉCOLE NORMALE SUPÉRIEURE
    THÔNG BÁO: CAFÉ ĐÓNG CỬA TỪ 20H
    ĐẶC SẢN ĐÀ LẠT: DÂU TÂY, ATISÔ, CÀ PHÊ
    Señor
    Muñoz
    Ñandú
    Øresund
    Ærø
    Þór
    Brøndby
    Ölüdeniz
    Gauß
    Größe
    São
    Façade
    Niño
    Crème brûlée
    Dóra
    Óscar
    Sá
    Mã
    Lò
    Cú
    Bé
    Bò
    Chó
    Hét
    Nã
    ô
    õ
    ñ
    Anh ơi, ô tô ở đâu?
    Tôi mua ô và áo mưa.
    Ô! Đẹp quá.
    Ờ, được.
    Õ
    Mañana
    Él es español.
    Ése es mío.
    Àlex i Pau són catalans.
    Ò, què bonic!
    Ó meu Deus!
    Ê, cara, tudo bem?
    Ô-tô
    Õlut on hea.
    Tôi đọc báo Le Monde và Die Zeit mỗi sáng.
    Bộ phim Amélie được quay ở khu Montmartre.
    Sân vận động Santiago Bernabéu chứa hơn 80.000 người.
    Hồ Thingvallavatn và thác Gullfoss ở Iceland rất đẹp.
    Tuyển thủ Đan Mạch Christian Eriksen gặp sự cố tim.
    Đồng euro (€) và bảng Anh (£) đều tăng giá.
    Giá 1 kg thịt bò là 250.000 đ, 1 kg thịt lợn là 120.000 đ.
    Tôi sống ở phố Hàng Bè, gần chợ Đồng Xuân.
    Bé bị ốm nên hôm nay nghỉ học.
    Con bé nhà tôi hát rất hay.
    Nó nói nó không đi đâu cả.
    Hôm ấy trời mưa to, tôi ở nhà.
    Hai đứa chơi với nhau từ bé.
    Cô ấy có một con chó và hai con mèo.
    Chú tôi làm nghề lái xe ôm.
    Bò kho ăn với bánh mì rất ngon.
    Nhà có bốn người: bố, mẹ, tôi và em gái.
    Lá cờ đỏ sao vàng tung bay.
    Tôi sẽ gọi lại sau nhé.
    Tôi sợ ma lắm.
    Ông ta có vẻ mệt mỏi.
    Mấy hôm nay trời lạnh quá.
    Dạ, con chào bác ạ.
    Ê, mày đi đâu đấy?
    Ừ, tao biết rồi.
    Ơi, đợi tớ với!
    Chà, giỏi thật!
    Hử? Gì cơ?
    Ôi trời ơi!
    À, ra thế.
    Ủa, sao lạ vậy?
    Ờ ha, quên mất.
    Nè, cầm lấy.
    Úi, đau quá!
    Ấy chết, quên mất!
    Thế à?
    Vậy á?
    Đúng rồi đó.
    Cái gì đó?
    Hả?
    Ừ.
    Ok.
  `),
  lone_letters_units: lines(String.raw`
    Ống thép Ø 60 dày 3 ly, dài 6 mét.
    Cốt thép Ø 10 đặt cách nhau 20 cm.
    Nhiệt độ ngoài trời là 30 º C vào buổi trưa.
    Góc nghiêng 45 º so với mặt đất.
    Hạt bụi mịn có đường kính nhỏ hơn 2,5 µm.
    Kích thước lỗ lọc là 0,2 µ theo nhà sản xuất.
    Trong tiếng Đan Mạch, chữ å đọc gần như ô.
    Chữ ß trong tiếng Đức tương đương ss.
    Các nguyên âm ä, ö, ü được gọi là umlaut.
    Tiếng Tây Ban Nha có chữ ñ, tiếng Bồ Đào Nha có chữ ç.
    Tiếng Iceland còn giữ hai chữ cổ là ð và þ.
    Ký hiệu Å là đơn vị angstrom.
    Trong tiếng Pháp, chữ é có dấu sắc còn è có dấu huyền.
    Điện trở 10 kΩ, tụ 100 µF.
    Ông Pierre à Paris gửi thư cho tôi.
    Xếp hạng: Ø, A, B, C.
    Dấu × và ÷ dùng trong toán học.
  `),
  vietnamese_look_alikes: lines(String.raw`
    Con bò và con cò cùng ra đồng từ sáng sớm.
    Vâng, bé nhà tôi rất ngoan và ít khi khóc.
    Sóng biển vỗ vào bờ cát trắng.
    Hoàng hôn trên sông Hương thật đẹp.
    Bà bế bé ra ngõ chơi với các bạn.
    Mẹ mua mì tôm, bông tẩy trang và một cái xô nhựa.
    Chú chó nhỏ chạy theo con mèo khắp sân.
    Phó giám đốc sẽ chủ trì cuộc họp sáng mai.
    Cô giáo khen cả lớp vì đã học bài chăm chỉ.
    Bé hét lên khi thấy con rùa bò ra khỏi bể.
    Anh ấy rót trà mời khách rồi ngồi xuống.
    Chị tôi bán xôi ở đầu ngõ mỗi sáng.
    Ông cụ đội mũ cói, đi chân đất ra đồng.
    Nhà tôi có một cái lò vi sóng và một cái tủ lạnh.
    Cô ấy hé cửa nhìn ra ngoài rồi đóng lại.
    Đứa bé khóc đòi mẹ suốt cả buổi chiều.
    Người ta phơi thóc trên sân hợp tác xã.
    Hai người bạn cũ ôm nhau mừng rỡ.
    Cái ô che mưa bị gió thổi lật ngược.
    Ông ấy là phó chủ tịch hội nông dân xã.
    Tấm vải này dài ba mét, đủ may một bộ áo.
    Mẹ dặn con đi đường nhớ đội mũ bảo hiểm.
    Bà ngồi bên nôi ru cháu ngủ.
    Anh lái xe ô tô đi Hải Phòng từ sáng.
    Chú bộ đội ôm súng đứng gác.
    Cô bé ăn hết bát cơm rồi xin thêm.
    Má tôi nấu canh cá rô rất ngon.
    Lũ trẻ chơi ô ăn quan dưới gốc đa.
    Tôi ăn một bát phở bò tái chín.
    Bác nông dân dắt trâu ra đồng cày.
    Sau cơn mưa, cầu vồng hiện ra trên bầu trời.
    Anh ấy là một người hiền lành, chất phác.
    Đường phố vắng tanh, chỉ có tiếng lá rơi.
    Ngôi nhà nhỏ nằm bên dòng sông hiền hòa.
    Khi hoàng hôn buông xuống, làng quê yên ắng lạ thường.
    Cô ấy cười tươi như hoa mới nở.
    Ông ấy nói dối vợ là đi công tác.
    Tháng này nhà máy sản xuất được hai nghìn tấn thép.
    Bé Lan hôn má mẹ rồi chạy đi học.
    Hôm nay bò viên và gân bò đều hết.
    Chúng tôi gặp nhau ở quán cà phê quen.
    Con dao này sắc quá, cẩn thận kẻo đứt tay.
    Sếp phê duyệt kế hoạch rồi, mai làm luôn.
    Cô dâu chú rể rót rượu mời khách.
    Lọ hoa trên bàn đã héo.
    Ông bà nội sống ở quê với chú út.
    Bé đã biết đọc, biết viết và biết làm tính.
    Hộp sữa này hết hạn từ tuần trước.
    Nó đá bóng giỏi nhất lớp.
    Cô ấy có đôi mắt to và mái tóc dài.
    Ông lão vuốt râu, mỉm cười hiền hậu.
    Chị ấy khóc vì xúc động.
    Trời rét, mẹ mặc cho bé ba lớp áo.
    Tôi thấy nó đi cùng một cô bé lạ.
    Thằng bé lém lỉnh hay chọc các bạn.
    Hàng xóm cho nhà tôi một rổ khoai lang.
    Ông ấy hút thuốc lào rồi ho sù sụ.
    Con bò con chạy theo mẹ.
    Dù mưa hay nắng, cô ấy vẫn đi làm đúng giờ.
    Lò gạch bỏ hoang từ nhiều năm nay.
    Chị ơi, cho em hỏi nhà vệ sinh ở đâu ạ?
    Mẹ tôi là giáo viên, bố tôi là kỹ sư.
    Đêm qua tôi mơ thấy bà.
    Cá lóc nướng trui là món đặc sản miền Tây.
    Sáng nay trời nhiều mây, chiều có mưa rào.
    Nó có một con mèo mướp tên là Mi.
    Bé Bi bị té, trầy đầu gối.
    Ai bảo chăn trâu là khổ?
    Con cò bay lả bay la.
    Vó ngựa phi nhanh trên đồng cỏ.
    Tôi hôn lên trán con rồi tắt đèn.
    Mấy đứa nhỏ hò hét ầm ĩ ngoài sân.
    Cái mõ tre treo ở đầu đình.
    Em bé nằm trong nôi, miệng chúm chím.
    Cô ấy cắt tóc ngắn, trông trẻ ra nhiều.
    Chị ấy nấu bún bò Huế ngon nhất xóm.
    Ngõ nhỏ, phố nhỏ, nhà tôi ở đó.
    Anh Ba làm thợ hồ, chị Tư bán cá.
    Con tàu rời bến lúc năm giờ chiều.
    Bác tôi mở xưởng mộc ở Đồng Kỵ.
    Ông Hoàng và bà Hoa đều là bác sĩ.
    Mì Quảng và cao lầu là đặc sản Hội An.
    Cậu bé đạp xe đi học dưới trời mưa.
  `),
  european_dense: lines(String.raw`
    Ela põe o pão na mesa e chama os irmãos.
    As mães e os pais estão à espera das crianças.
    Comprei limões, melões e pimentões na feira.
    Os corações dos portugueses são grandes.
    Tõnu elab Võrus ja sööb õunu.
    Võõras mees seisis ukse taga.
    Jõulud on Eestis tähtis püha.
    Où êtes-vous allé ? Où sont-ils partis ?
    Il a dû partir tôt ; il faut qu'il soit sûr.
    Le maïs et l'ouïe ; Noël et Joël ; naïf et Zaïre.
    Août, goût, coût, croûte, voûte.
    Ça m'a plu, à vrai dire.
    Ser ou não ser, eis a questão.
    Müde Männer kaufen frühmorgens Brötchen.
    Für Jürgen und Jörg gibt es Rührei.
    Dänemark, Schweden und Norwegen.
    Ölçü, düğün, güçlü, üzgün.
    Çiçekçi kız çok güzeldi.
    Göteborg, Malmö, Västerås, Jönköping, Örebro.
    Træet står ved søen, og børnene leger.
    Blåbærsyltetøy og rømmegrøt.
    Gyönyörű időnk volt Győrben.
    Tündérkert, sütemény, gyümölcs.
    Äiti ja isä menivät kauppaan.
    Tämä on hyvä päivä.
    Über alles, öfter, Übung, Ärger.
    São João, Conceição, Assunção.
    Aïcha et Anaïs sont sœurs.
    Piñata, cañón, año, niño, señal.
    Vous êtes où ? Je suis là-bas.
    Ô mon Dieu ! Ô nuit !
    Às vezes, à tarde, vou à praia.
    Ìsola, Àlex, Òscar, Ùrsula.
    Tú y yo; él y ella; sí y no.
    Dó, ré, mi, fá, sol, lá, si.
    Pão, mão, chão, não, cão.
    Má, pé, pó, só, nó, dó.
    Lá vem ele! Cá estamos.
    Até já, até logo, até amanhã.
    Él no está; está ella.
    Sí, señor. No, señora.
    Más o menos, quizás mañana.
    Perú, Panamá, Haití, Canadá, Japón.
    Búho, baúl, país, raíz, oído.
    Ángel, Ínés, Óscar, Úrsula, Élodie.
    Île-de-France, Côte-d'Or, Besançon.
    Kāpēc tu esi šeit? Es nezinu.
    Ąžuolas, ežeras, šuo, žąsis.
    Ďakujem, prosím, dobrú noc.
    Vítejte v Českém Krumlově.
    Æ, Ø, Å; æ, ø, å.
    Ð, Þ, ð, þ.
    Ä, Ö, Ü, ä, ö, ü, ß.
    À, Á, Â, Ã, È, É, Ê, Ì, Í, Ò, Ó, Ô, Õ, Ù, Ú, Ý.
    ñ, ç, œ, ÿ, ï, ë.
  `),
  vietnamese_quoting_foreign: lines(String.raw`
    Người Pháp nói "très bien" khi muốn khen.
    Chữ "ñ" trong "España" đọc như "nh".
    Câu "Où est la gare?" nghĩa là "Nhà ga ở đâu?".
    Tiếng Đức "Straße" nghĩa là đường phố.
    "Merci beaucoup", cô ấy nói bằng tiếng Pháp.
    Bánh "crêpe" của Pháp khá giống bánh xèo.
    Món "paella" của Tây Ban Nha nấu với gạo và hải sản.
    Anh ấy hay nói "no problem" và "okay".
    Ông ấy thích đọc "Les Misérables" của Victor Hugo.
    Bài hát "La Vie en rose" do Édith Piaf trình bày.
    Tôi xem phim "Amélie" ba lần rồi.
    Từ "café" trong tiếng Việt là "cà phê".
    Quán "Chez Hélène" ở phố Hàng Bông.
    Khách sạn "Sofitel Légende Metropole" nằm ở Hà Nội.
    Cô ấy học ở trường "Lycée Français Alexandre Yersin".
    Tên tiếng Pháp của Hà Nội thời ấy là "Hanoï".
    Ông ấy từng làm việc cho hãng "Société Générale".
    Quán bia "Bräuhaus" mới mở ở quận 1.
    Nhà hàng "Noël" có món gà tây.
    Nhà thiết kế "Hermès" ra mắt bộ sưu tập mới.
    "Señorita" là bài hát nổi tiếng của Shawn Mendes.
    Bài "Für Elise" của Beethoven rất quen thuộc.
  `),
  ascii_questions_and_marks: lines(String.raw`
    Why? Because I said so.
    Are you a student? Yes, I am.
    Do you like tea? Me too.
    I saw him at the bar. He was drunk.
    He's got a car, a boat and a plane.
    Who's there? It's me.
    Hi Mom! Can I go out? Please?
    Is it a bird? Is it a plane?
    Go! Run! Hide!
    Are we there yet? No.
    The ratio a:b is 2:3.
    Set x = y^2 + 3*y - 1.
    f'(x) = 2x and f''(x) = 2.
    The price went up (again).
    Use a+b or a*b, not a^b.
    Call me at 5 p.m. or 6 a.m.
    Mr. Do, Ms. Le and Dr. Ho met at 9 a.m.
    Nguyen Van A, Tran Thi B, Le Van C.
    Pham, Vu, Vo, Do, Dang, Bui, Ngo, Duong, Ly.
    The U.S. Open starts in Aug.
    I.e. the ratio is 1:2, e.g. 5 of 10.
    She said: "Go home." Then she left.
    A? B? C? D?
    Hello... is anyone there?
    OK, see you tomorrow then.
    Sure. Why not?
    No way! Really?
    Yes or no?
    Dad, can I have a dog?
    Add dd to the list, then ddd.
    The format is dd/mm/yyyy or DD-MM-YYYY.
    Date: DD.MM.YYYY, time: HH:MM.
    Eddie, Buddy and Teddy did the odd job.
    Middle-aged men nodded.
    Ha! Ho! He! Hu!
    A-ha, so that's how it works.
    Tea? Coffee? Juice?
    Who? Me? No!
    Ma'am, your table is ready.
    The cat's toy is under the sofa.
    Do you want to go? I do.
    Be quiet! The baby's asleep.
    One, two, three, go!
    Is that a cat or a dog?
    Huh? What did you say?
    Oh no. Not again.
    Ugh, so tired.
    Let x be a real number. Then x^2 >= 0.
    The file ends in .txt or .md.
    Windows 10 (64-bit) or macOS 14+.
    C++ and C# are not the same.
    Vote for A, B or C.
    It costs $5 (tax incl.).
    Ha Noi, Hai Phong, Da Nang, Can Tho, Hue.
    Cam on ban nhieu! Hen gap lai nhe.
    Ban co khoe khong? Minh khoe.
    Di dau do? Di hoc a?
    Me oi! Con ve roi.
    Toi la sinh vien nam 2.
    Em yeu anh. Anh co yeu em khong?
    Chao ban, ban ten gi? Toi ten la Mai.
    Cho toi hoi, ga Ha Noi o dau?
    Ok ban, cam on nha.
    Sao vay? Co chuyen gi a?
    Uh, de mai nhe.
    Thoi, di ngu di.
    Da, con chao co a.
    Bao gio ban ve? Thu bay nay.
    Co ai o nha khong?
    An com chua? Chua, con doi.
    Vui qua! Hom nay duoc nghi.
    Mai di choi khong? Di chu!
  `),
  symbols_units_and_records: [
    'Það er gott veður í dag, en á morgun á að rigna.',
    'Ég heiti Sigurður og bý á Ísafirði.',
    'Ông Guðmundsson là đại sứ Iceland tại Hà Nội.',
    'Bà Þórdís Gylfadóttir vừa đến thăm Việt Nam.',
    'Bonjour\u00a0! Ça va\u00a0? Très bien, merci\u00a0; et toi\u00a0?',
    'Le prix est de 1\u00a0250\u00a0€ TTC.',
    '« Xin chào », cô ấy nói.',
    '«Xin chào», cô ấy nói rồi cười.',
    '«Bonjour», dit-elle.',
    '‹Hallo›, sagte er, „wie geht’s?“',
    'Donau\u00addampf\u00adschiff\u00adfahrt ist ein langes Wort.',
    'Có thể dùng ký tự gạch mềm (soft hyphen) để ngắt dòng.',
    'Привет, как дела? Всё хорошо.',
    'Καλημέρα, τι κάνεις;',
    '東京と大阪を旅行しました。',
    '你好，世界！',
    'Ông Nguyễn sang Tokyo (東京) công tác.',
    'Giá 100 ¥, 50 £, 20 ¢ hoặc 5 ¤.',
    '©2024 Báo Điện tử. ®Thương hiệu đã đăng ký.',
    'Nhiệt độ 37°C, huyết áp 120/80 mmHg.',
    'Tỷ lệ 3:2, diện tích 2 m², thể tích 5 m³.',
    'Diện tích 120m², giá 3,5 tỷ.',
    'Công thức H₂O và CO₂ ai cũng biết.',
    'Nhân 2 × 3 = 6, chia 6 ÷ 2 = 3.',
    'Xác suất p ≤ 0,05 được coi là có ý nghĩa.',
    'Góc α = 30°, β = 60°.',
    'Điểm trung bình: 8,5/10 — xếp loại giỏi.',
    'Mã bưu chính: 100000; mã vùng: +84 24.',
    'Tỉ số 2–1, phút 90+3.',
    '#hanoi #saigon #vietnam #travel',
    '@minh_anh ơi, mai đi cà phê không?',
    'Liên hệ: 0987 654 321 (Zalo/Viber).',
    'Số tài khoản: 0123456789 – Vietcombank – CN Hà Nội.',
    'SĐT: 024.3825.1234 – Fax: 024.3825.5678',
    'Website: vnexpress.net – Email: toasoan@vnexpress.net',
    'Mật khẩu phải có ký tự đặc biệt như @, #, $, %, ^, &, *.',
    'Biểu thức chính quy ^[0-9]{10}$ kiểm tra số điện thoại.',
    'Nhấn Ctrl + C để sao chép, Ctrl + V để dán.',
    'Đường dẫn: C:\\Program Files (x86)\\Zalo\\Zalo.exe',
    'Trong Excel, dùng hàm =SUM(A1:A10) hoặc =VLOOKUP(B2;Sheet2!A:C;3;0).',
    'Chạy lệnh pip install -r requirements.txt trước.',
    'Kết quả: {"status": "ok", "message": "Đã lưu"}',
    'Lỗi: ENOENT: no such file or directory, open \'C:\\data\\dữ liệu.csv\'',
    'Tệp tin bao_cao_Q3_2024_v2 (final).xlsx đã được gửi.',
    'Phiên bản 2.0.1-rc.3 đã được phát hành.',
    'IPv4: 192.168.1.1; IPv6: fe80::1ff:fe23:4567:890a.',
    'Mã màu #FF5733 và #C0C0C0.',
    'MD5: d41d8cd98f00b204e9800998ecf8427e',
    'UUID: 123e4567-e89b-12d3-a456-426614174000',
    'Base64: SGVsbG8gV29ybGQ=',
    'Mã giảm giá: SALE50, FREESHIP, VIP2024.',
    'Mã SKU: AO-THUN-NAM-XL-DEN',
    'BIỂN SỐ XE: 29A-123.45',
    'Hộ chiếu số B1234567, cấp tại Cục Quản lý xuất nhập cảnh.',
    'Mẫu đơn số 01/ĐK-TCT ban hành kèm Thông tư 105/2020/TT-BTC.',
    'Phòng GD&ĐT huyện, Sở TN&MT tỉnh, Bộ NN&PTNT.',
    'PGS.TS Nguyễn Văn A, ThS. Trần Thị B, KS. Lê Văn C.',
    'GS.TSKH, PGS.TS, TS.BS, ThS.DS, CN.',
    'Q.1, Q.3, Q. Bình Thạnh, TP. Thủ Đức.',
    'P. Bến Nghé, Q.1, TP.HCM; ĐT: (028) 3829 1234.',
    'Cty CP XNK Thủy sản Cần Thơ (CASEAMEX).',
    'HTX Nông nghiệp Đồng Tâm, xã Đồng Tâm, H. Mỹ Đức, TP. HN.',
    'Trường THPT chuyên Lê Hồng Phong, TP.HCM.',
    'Bệnh viện ĐK tỉnh, BV Bạch Mai, BV Chợ Rẫy.',
    'ĐT Việt Nam – ĐT Thái Lan: 2–2.',
    'U23 VN, U19 VN, ĐTQG.',
    'HLV Park Hang-seo và trợ lý Lee Young-jin.',
    'CLB HAGL, CLB SLNA, CLB TP.HCM.',
    'THPT, THCS, TH, MN, ĐH, CĐ, TC.',
    'Mức phạt từ 4 – 6 triệu đồng theo NĐ 100/2019/NĐ-CP.',
    'Giá mỗi m² đất ở đây là 50 triệu.',
    'Phương trình x² + 1 = 0 vô nghiệm.',
    'Căn hộ 75m² có hai phòng ngủ, bể nước 2 m³.',
  ],
  vietnamese_quoting_foreign_2: lines(String.raw`
    Anh ấy chào tôi: "Ça va?"
    Cô ấy hỏi: "Ça va bien?" rồi cười.
    Ông ấy nói "Gracias, señor" rồi bước ra.
    Bạn tôi ở Madrid hay nói "¿Qué tal?" và "¡Olé!".
    Họ hô vang "Olé, olé, olé" trên khán đài.
    Người Đức chúc "Gute Nacht" trước khi ngủ.
    Tôi học câu "Tschüß" và "Grüß Gott" khi ở Áo.
    Cô ấy viết "Merci à tous" trên trang cá nhân.
    Anh ta gọi món "Spätzle" và "Würstchen".
    Khẩu hiệu "Liberté, égalité, fraternité" của nước Pháp.
    Bài thơ "Le Lac" của Lamartine rất nổi tiếng.
    Tôi thích câu "Carpe diem" và "C'est la vie".
    Bà ấy dạy tiếng Bồ Đào Nha, câu đầu tiên là "Olá, tudo bem?".
    Đội bóng Atlético Madrid và Deportivo La Coruña.
    Ông Muñoz và bà Peña đến từ Tây Ban Nha.
    Anh Jürgen Klopp từng dẫn dắt Dortmund và Liverpool.
    Chị Zoë và anh Anaïs là người Pháp.
    Ca sĩ Céline Dion hát bài "My Heart Will Go On".
    Tiểu thuyết "Cien años de soledad" rất dày.
    Trường Đại học Sorbonne ở Paris, Pháp.
    Lễ hội Oktoberfest ở München diễn ra vào tháng Chín.
    Anh ấy sống ở Ålesund, Na Uy.
    Tôi đến Curaçao vào mùa hè năm ngoái.
    Thành phố Besançon nằm ở miền đông nước Pháp.
    Nhãn hiệu Nestlé và Citroën đều nổi tiếng.
    Hãng xe Škoda và Citroën bán ở Việt Nam.
  `),
  european_short: lines(String.raw`
    Ça y est.
    Ça suffit !
    Où es-tu ?
    Où vas-tu ?
    Là-bas.
    Voilà.
    Déjà ?
    Très bien.
    Après toi.
    À demain.
    Bien sûr.
    Peut-être.
    Ça marche.
    Garçon !
    Où ça ?
    Tout à fait.
    Oui, c'est ça.
    Non, merci.
    Él va a la casa.
    Tú no sabes nada.
    Sí, señor.
    Está bien.
    Qué bueno.
    Adiós, amigo.
    Mañana sí.
    Así es.
    Aquí está.
    Por qué no.
    Niño, ven aquí.
    Ñoño.
    Año nuevo.
    Não sei.
    É só isso.
    Está bom.
    Obrigado, irmão.
    Também não.
    Você está aí?
    Até já.
    Pão de açúcar.
    Sì, è così.
    Più tardi.
    Perché no?
    Però sì.
    Città vecchia.
    Caffè?
    Già fatto.
    Ja, gerne.
    Schön!
    Tschüß!
    Grüß dich.
    Danke schön.
    Jäger, Bär, Öl.
    Käse bitte.
    Für dich.
    Hej då!
    Tack så mycket.
    God morgon, älskling.
    Hvað segirðu?
    Takk fyrir.
    Góðan daginn.
    Já, já.
    Dobrý den.
    Děkuji.
    Ahoj, jak se máš?
    Cześć!
    Dziękuję bardzo.
    Dzień dobry.
    Teşekkürler.
    Günaydın.
    Görüşürüz.
    Mulțumesc.
    Bună seara.
    Köszönöm.
    Szia!
    Gràcies.
    Adéu.
    Dank je.
    Tot ziens.
    Kiitos.
    Hyvää yötä.
    Aitäh.
    Ačiū.
    Paldies.
    Hvala.
    Ó, Deus!
    Olé!
    Ay, Dios mío.
    Ô Canada.
    Fête.
    Crème.
    Café.
    Piñata.
    Jalapeño.
    Smörgåsbord.
    Über.
    Naïve.
    Façade.
    Déjà vu.
    Résumé.
    Fiancée.
    Doppelgänger.
    Señora.
    Ångström.
    Ødegaard.
    Bjørn.
    Ærø.
    Þingvellir.
  `),
  symbols_and_school_maths: lines(String.raw`
    Theo § 5 và §§ 7–9 của Bộ luật Dân sự Đức.
    § 3. QUY ĐỊNH CHUNG
    Giá 50¢ một cái, hoặc 2£ một hộp.
    ¡Hola! ¿Cómo estás?
    Nhiệt độ: 25° – 30°.
    Chữ ký: ______ Ngày: __/__/____
    *** HẾT ***
    --- Trang 2 ---
    === KẾT QUẢ ===
    >>> Bắt đầu <<<
    [1] Nguyễn Văn A, [2] Trần Thị B.
    (*) Ghi chú: số liệu tạm tính.
    • Mục một • Mục hai • Mục ba
    → Xem tiếp trang sau ←
    ✓ Đã hoàn thành ✗ Chưa xong
    ★★★★☆ 4/5 sao
    © ® ™ § ¶ † ‡ • ° ± × ÷
    ¼ ½ ¾ ¹ ² ³
    « » ‹ › „ “ ” ‘ ’
    Ông ấy được giải ¼ triệu đồng.
    Chị ấy mua ½ kg thịt và ¾ lít dầu.
    Cước phí: 10.000 đ/¼ giờ.
    Mật khẩu: aB3$xY9!qZ
    Wi-Fi: TênMạng_5G / MậtKhẩu: 12345678
    ĐỀ THI HỌC KỲ I – MÔN TOÁN – LỚP 10
    Câu 1 (2,0 điểm). Giải phương trình x² – 5x + 6 = 0.
    Câu 2 (1,5 điểm). Tính ∫ x dx từ 0 đến 1.
    Đáp số: x = 2 hoặc x = 3.
    Cho tam giác ABC vuông tại A, AB = 3 cm, AC = 4 cm.
    Chứng minh rằng a² + b² ≥ 2ab với mọi a, b.
    Vận tốc v = 36 km/h = 10 m/s.
    Khối lượng riêng của nước là 1000 kg/m³.
    Công suất P = U·I = 220 V · 2 A = 440 W.
    Ký hiệu Ω (ohm), µ (micro), λ (lambda).
    Nồng độ CO₂ đạt 420 ppm.
    Nº 5, Rua das Flores.
    Hợp đồng nº 12/2024.
    A 1ª edição saiu em 2010.
    Moro no 2º andar.
    Sr.ª Ana e Sr. João.
    O 3.º lugar.
    Văn bản số Nº 15/QĐ.
    Căn hộ số 12, tầng 2º.
  `),
  abbreviations_with_dd: lines(String.raw`
    Máy tính có ổ cứng HDD 1TB và SSD 512GB.
    Bộ nhớ RAM DDR4 16GB, bus 3200MHz.
    Trang web bị tấn công DDoS suốt đêm qua.
    Thuốc trừ sâu DDT đã bị cấm từ lâu.
    Ông ấy làm việc cho công ty ADDA.
    Mã sản phẩm: XDD-2024, lô hàng ODD.
    Phương pháp DDD (Domain-Driven Design) rất phổ biến.
    Chúng tôi dùng TDD và BDD khi viết phần mềm.
    Định dạng ngày: dd/mm/yyyy hoặc DD/MM/YYYY.
    Lệnh dd if=/dev/zero of=test.img bs=1M count=100 tạo tệp thử.
    Mẹ tôi mua sữa bột Dielac và Dumex.
    Dd Sơn Tùng, ca sĩ nổi tiếng.
    HDDT, HĐĐT, HDDV.
    GDDT, KHDT, VPDD.
    VPĐD công ty nước ngoài tại Hà Nội.
    Văn phòng đại diện (VPDD) tại TP.HCM.
    Tên tôi là Dđ.
    Phim Daddy Long Legs rất hay.
    Ông Eddie Murphy đóng phim hài.
    Bé Buddy chơi với chú chó Teddy.
    Hidden Markov Model (HMM) và CRF.
    Từ "add" trong tiếng Anh nghĩa là thêm.
    Chọn Add to cart để thêm vào giỏ hàng.
    Nhấn nút Add rồi Save.
  `),
  names_czech_portuguese_icelandic: lines(String.raw`
    Ông Novák sống ở Plzeň và làm việc ở Brno.
    Cầu thủ Tomáš Rosický từng chơi cho Arsenal.
    Bà Dobrý là giáo sư người Séc.
    Nhà văn Milan Kundera viết "Nesnesitelná lehkost bytí".
    Cô ấy tên là Lýdie, đến từ Praha.
    Ông Jiří Menzel là đạo diễn nổi tiếng.
    Anh ấy uống bia Plzeňský Prazdroj.
    Tôi thích nhạc của Dvořák và Janáček.
    Cầu thủ João Félix và Rúben Dias là người Bồ Đào Nha.
    Bà Conceição và ông Sebastião mở quán ở Sài Gòn.
    Đội bóng São Paulo và Grêmio gặp nhau.
    Ông Þorsteinn và bà Hildur đến từ Reykjavík.
    Họ đi thuyền qua Ðakovo và Ðurđevac.
    Ông Đặng Thái Sơn đoạt giải Chopin năm 1980.
    Anh Nguyễn Quang Hải và cầu thủ Đoàn Văn Hậu.
    Bác sĩ Yersin phát hiện ra Đà Lạt.
    Ông Alexandre de Rhodes góp phần tạo ra chữ Quốc ngữ.
    Ngài Nguyễn Trãi viết "Bình Ngô đại cáo".
    Cô Hồ Xuân Hương là bà chúa thơ Nôm.
    Nhà thơ Xuân Diệu viết "Vội vàng".
    Vua Lý Thái Tổ dời đô ra Thăng Long.
    Thầy Chu Văn An dạy học ở Quốc Tử Giám.
    Ông Ý và bà Ý đều là người Ý.
    Nước Ý có thủ đô là Rô-ma.
    Ông Tý, bà Tỵ, cô Sửu.
    Anh Dũng, chị Thùy, em Ý.
  `),
  vietnamese_loanwords_joined: lines(String.raw`
    Trẻ em cần ăn đủ prôtêin, vitamin và canxi.
    Khí êtilen và mêtan đều là hiđrôcacbon.
    Bà ấy thích ăn sôcôla và uống ca cao nóng.
    Tối nay nhà hát lớn diễn ôpêra.
    Cô ấy chơi pianô từ năm lên năm.
    Cả êkíp làm việc suốt đêm.
    Dầu ôliu tốt cho tim mạch.
    Bệnh nhân được thở ôxy.
    Các nước Mêhicô, Pêru, Côlômbia đều ở châu Mỹ.
    Đoàn đại biểu Ôxtrâylia và Canađa đến Hà Nội.
    Ông ấy từng học ở Mátxcơva và Kiép.
    Các nước Êtiôpia, Angiêri và Tuynidi ở châu Phi.
    Ácmênia, Bêlarút và Ucraina từng thuộc Liên Xô.
    Anh ấy uống một ly cônhắc rồi đi ngủ.
    Chị ấy mua một chai vốtca và một hộp sôcôla.
    Họ hát karaôkê đến khuya.
    Ông ấy lái môtô phân khối lớn.
    Nhà có một cái tivi, một cái rađiô và một cái catsét.
    Anh thợ thay bugi và lọc gió cho xe.
    Chiếc xe đạp cũ bị hỏng pêđan.
    Cô ấy mặc áo sơmi trắng và quần jean.
    Anh ấy đeo cà vạt, xách vali ra sân bay.
    Bé ăn phômai và uống sữa.
    Bác sĩ cho bệnh nhân uống axit folic.
    Mẹ rửa tay bằng xà phòng diệt khuẩn.
    Trong phòng thí nghiệm có bazơ và axit.
    Đường dài 15 kilômét, rộng 7 mét.
    Mưa 120 milimét trong một đêm.
    Lênin, Mác và Ăngghen là những nhà tư tưởng lớn.
    Nhạc sĩ Sôpanh và Môda được yêu thích ở Việt Nam.
    Nhà văn Sêkhốp và Tônxtôi là người Nga.
    Bài thơ của Puskin được dịch ra tiếng Việt.
    Ông ấy đọc Đôxtôiépxki khi còn trẻ.
    Chiếc ghế xôfa đặt giữa phòng khách.
    Món bít tết ăn với khoai tây chiên.
    Cô ấy làm ôsin cho một gia đình ở quận 3.
    Anh ấy làm nghề xe ôm và sửa xe gắn máy.
    Ông bà ấy đi tua du lịch châu Âu.
    Tôi thích nghe nhạc rốc và nhạc jazz.
    Đội bóng đá có một thủ môn và mười cầu thủ.
    Khán giả hò reo khi tiền đạo ghi bàn.
  `),
  markup_templates_and_latex: [
    "Trang web muñoz.es và café.fr đều của ông ấy.",
    "Liên hệ josé.muñoz@correo.es để biết thêm.",
    "#Muñoz #Größe #Ærø #café",
    "**Lưu ý:** _không_ được dùng `rm -rf /`.",
    "# Tiêu đề chính",
    "## Mục 1: Giới thiệu",
    "- Mục một",
    "- [Liên kết](https://example.com/trang?id=1)",
    "| Tên | Tuổi | Thành phố |",
    "|---|---|---|",
    "| An | 25 | Hà Nội |",
    "> Trích dẫn: \"Học, học nữa, học mãi.\"",
    "![Ảnh](images/anh-1.png \"Ảnh minh họa\")",
    "&amp; &nbsp; &eacute; &lt;div&gt;",
    "Công thức $x^2 + y^2 = z^2$ và $\\frac{a}{b}$.",
    "\\begin{equation} E = mc^2 \\end{equation}",
    "Tên tiếng Pháp viết trong LaTeX là caf\\'e hoặc na\\\"ive.",
    "Fran\\c{c}ais, \\^{o}, \\`{a}, \\~{n}",
    "\\section{Giới thiệu}",
    "<p class=\"note\">Ghi chú: <b>quan trọng</b></p>",
    "<!-- chú thích HTML -->",
    "{{ user.name }} đã đăng nhập lúc {{ time }}.",
    "${name} ơi, bạn có ${count} tin nhắn mới.",
    "%s đã gửi cho bạn %d tin nhắn.",
    "Xin chào {0}, bạn có {1} thông báo.",
    "[INFO] 2024-01-01 Khởi động xong.",
    "[WARN] Bộ nhớ còn 10%.",
    "key: \"giá trị\"",
    "- name: Cài đặt",
    "  run: npm ci",
    "ten_bien = \"chuỗi\" # chú thích",
    "// TODO: sửa lỗi này",
    "/* Hàm tính tổng */",
    "-- Truy vấn lấy danh sách",
    "@param {string} ten Tên người dùng",
    "@returns {number} Tuổi",
  ],
  backslashes: [
    "Mở thư mục C:\\Users\\An\\.ssh rồi sửa tệp config.",
    "Dùng biểu thức \\d+\\.\\d+ để tìm số thập phân.",
    "Thoát ký tự bằng \\( và \\) trong regex.",
    "Dấu hỏi phải viết là \\? trong biểu thức chính quy.",
    "Đường dẫn mạng \\\\may-chu\\chia-se\\tai-lieu.",
    "Trong chuỗi, \\n là xuống dòng, \\t là tab.",
    "Ký tự \\\\ biểu diễn dấu gạch chéo ngược.",
    "Lệnh echo \"a\\.b\" in ra a\\.b.",
    "Tệp D:\\Du an\\ban-moi\\.env chứa mật khẩu.",
    "Regex ^\\w+@\\w+\\.com$ kiểm tra email.",
    "Trong Markdown, viết \\* để hiện dấu sao.",
    "Gõ o\\^ để ra ô trong một số bộ gõ cũ.",
  ],
  romance_short_words: lines(String.raw`
    Só há pó lá em cima, já vi.
    A avó e o avô vão à missa às nove.
    Você já foi à Bahia? Não, só ao Pará.
    Ele é de Goiás e ela é do Piauí.
    Pé de moleque é um doce típico.
    Dê-me um nó na gravata, por favor.
    Tá bom, até já, tchau!
    Cá entre nós, ele não sabe nada.
    Ó pá, isso é que é vida!
    Há dias em que só dá vontade de dormir.
    Lá vem o trem das onze.
    Vá lá, não sejas assim.
    Sê bem-vindo à nossa casa.
    Tu és o meu herói.
    Vê se te pões a andar!
    Crê-se que ele já saiu.
    Dá cá isso!
    Fé, esperança e caridade.
    Ré, dó, mi, fá, sol.
    Pôr do sol na praia de Copacabana.
    Sé de Lisboa, Sé do Porto, Sé de Braga.
    Chá com pão de ló.
    Mãe, cadê o meu boné?
    Nós três vamos à festa de São João.
    Ui, que dó!
    Ai, meu Deus, que susto!
    Olá, tudo bem contigo?
    Sim, está tudo ótimo.
    Cá estou eu outra vez.
    Bó, ré, pé, sé, fé.
    Él dijo que sí, pero yo dije que no.
    Tú sabrás lo que haces.
    Mí casa es su casa, decía mi abuela.
    Sé que vendrás mañana.
    Dé usted las gracias a su madre.
    Qué pena, no llegué a tiempo.
    Ahí está el problema.
    Ahí va, qué bonito.
    Oí un ruido en la cocina.
    Reí mucho con esa película.
    Leí el libro en dos días.
    Caí al suelo y me hice daño.
    Huí de allí lo antes posible.
    Ó Tejo, ó rio da minha aldeia.
    Là, il n'y a que du vent.
    Çà et là, des fleurs poussaient.
    Il a eu peur, il a crié, puis il s'est tu.
    À Noël, on mange la bûche.
    Ô temps, suspends ton vol !
    Né à Lyon, il a vécu à Nice.
    Thé ou café ?
    Dès lors, tout a changé.
    Où est passé mon vélo ?
    Bébé dort dans son lit.
    Là où tu iras, j'irai.
    È vero, è così.
    Ciò che è fatto è fatto.
    Né tu né io lo sappiamo.
    Sì, però non oggi.
    Là c'è il mare, qui c'è la montagna.
    Dà il libro a Marco.
    Tè o caffè?
    Dì la verità!
    Può darsi.
    Più o meno.
    Già, hai ragione.
    Là, på bordet, ligger boken.
    Ö och å är svenska bokstäver.
    Å i Lofoten er et lite sted.
    Ø er et dansk ord for øy.
    Ús és a magyar nyelv.
    Ó, ő, ú, ű: magyar magánhangzók.
    Sé, dé, té, mé: formas del subjuntivo.
  `),
  // Issue 8: valid words read in an encoding the line shows no sign of, typos, quotes and
  // abbreviations taken for VIQR marks, and other languages (written for this file).
  'evidence-first': lines(String.raw`
    Cô sở hữu căn nhà ở quận 1 từ năm ngoái.
    Bức ảnh làm toát lên vẻ đẹp của làng quê.
    Anh ấy nói rằng mình thấy "choáng" khi nghe tin.
    Chiếc xe tiến thêm 20 mét rồi dừng lại.
    Nghi phạm bị còng số 8 đưa về đồn.
    Bà là chi hội phó chi hội phụ nữ của xã.
    Ông bị tuyên án 3 năm tù tại gia.
    Cô thể hiện vai diễn rất tự nhiên.
    Tàu cá ra khơi hướng về 'Trường Sa' sáng nay.
    Em đi thi... để lấy bằng lái xe.
    Hôm nay là môt ngày tôt lành.
    A.I. đang thay đổi cách làm báo.
    Cuộc họp bắt đầu lúc 8 a.m. theo giờ địa phương.
    Gõ lệnh \`ls -la\` để xem các tệp ẩn.
    In Italia si può fare tutto con calma.
    Il a dû partir avant la fin du spectacle.
    Cô giáo hỏi: "Em có hiểu bài không?" rồi mỉm cười.
    Đó là 'chuyện nhỏ' thôi, anh nói.
    Giá vàng tăng... rồi lại giảm.
    Chị N.T.T. (SN 1984) trú tại phường 5.
    Donald J. Trump và ông Joe Biden tranh luận trên truyền hình.
  `),
};

/**
 * Clean Vietnamese sentences with one word written in a legacy encoding: repair must fix that
 * word and leave the rest alone. Written for this file; the test damages the word with the
 * library's own `mojibake` (each word has a letter outside Latin-1, so every encoding changes it).
 */
export const ONE_WORD_SENTENCES: readonly [sentence: string, word: string][] = [
  ['Hôm nay trời đẹp, chúng tôi đi dạo quanh hồ Hoàn Kiếm.', 'đẹp'],
  ['Bà ngoại tôi năm nay đã tám mươi tuổi nhưng vẫn còn khỏe.', 'ngoại'],
  ['Anh ấy sống ở Sài Gòn từ nhỏ, sau đó chuyển ra Hà Nội.', 'ở'],
  ['Giá bán lẻ hôm nay là 25.000 đồng một cân, rẻ hơn tuần trước.', 'đồng'],
  ['Công ty đã ký hợp đồng với đối tác nước ngoài vào tháng trước.', 'nước'],
  ['Ủy ban nhân dân tỉnh vừa công bố kế hoạch phát triển du lịch.', 'triển'],
  ['Học sinh được nghỉ hè từ đầu tháng sáu đến cuối tháng tám.', 'nghỉ'],
  ['Chị ấy làm việc ở một công ty phần mềm tại Đà Nẵng.', 'việc'],
  ['Mẹ nấu canh chua cá lóc và thịt kho trứng cho bữa tối.', 'trứng'],
  ['Cơn mưa chiều nay làm nhiều tuyến phố bị ngập nặng.', 'tuyến'],
  ['Người dân địa phương rất hiếu khách và thân thiện.', 'thiện'],
  ['Giá xăng tăng khiến chi phí vận chuyển cũng tăng theo.', 'chuyển'],
  ['Những cánh đồng lúa chín vàng trải dài tới chân núi.', 'đồng'],
  ['Đội tuyển đã giành chiến thắng sau loạt sút luân lưu.', 'chiến'],
  // Valid look-alikes (`bò` is VNI bị, `bé` TCVN3 bộ, `hôn` VNI hơn) next to the damaged word.
  ['Con bò và con chó chạy trên cánh đồng, còn bé thì ngủ.', 'chạy'],
  ['Bé hôn má mẹ rồi đi học cùng chị.', 'học'],
  ['Phó giám đốc đã hoà giải mâu thuẫn giữa hai bên.', 'giải'],
  ['Trong lò có bánh mì, bà bảo bé lấy ra.', 'bảo'],
];

/**
 * Known false changes, kept so a fix shows up. A French `où` among Vietnamese words is VNI ó
 * (`o` + the sắc byte): weighing such a word like a letter alone keeps it, but then VNI `ôû`
 * (ở) and `yù` (ý) in clean text are no longer read either (validation mixed 98.2 -> 98.1).
 * French `Ça` quoted inside a Vietnamese sentence is VPS đa (`Çang` is đang): at a sentence
 * start it is kept (VPS writes Đ as `ñ`), but a quotation may start with a small letter, and
 * treating a quotation without Vietnamese words as foreign cost whole-text and mixed records.
 */
export const KNOWN_FALSE_CHANGES: readonly string[] = [
  'Từ "où" trong tiếng Pháp nghĩa là "ở đâu".',
  'Trong tiếng Pháp, "où" khác với "ou".',
  'Người Pháp hay nói "Ça ne fait rien" khi muốn bảo không sao.',
];
