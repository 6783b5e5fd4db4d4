"""The seed's own Chinese wording of every nightclub clause (seed 篇2, items 1–13), which a Chinese report shows.

Each text is the whole seed item the clause numbers, copied verbatim from
shared/seed/customer-rules-and-regulations.zh.txt with only the item number
("N、") stripped; the seed's punctuation (ASCII , : ( ) / beside 、 。 and
——) is kept as it is.  The comments say where the pack's reading goes beyond
the seed's words.
"""


TEXT_ZH: dict[str, str] = {
    # seed 篇2 item 1 (line 94).
    # reading: the seed gives no consequence for leaving early; the digest/pack make it a violation the
    # site prices. 'whichever is later' is the digest's reading of 前提是自己訂的房臺已走.
    "nightclub.n1": '上班時間為:19:30——02:00(前提是自己訂的房臺已走)',
    # seed 篇2 item 2 (line 96). The last clause (對當晚休息的同事…傳達) is not in the digest.
    "nightclub.n2": '每晚19:30分集中四樓會議室開部門班前會議,遲到扣罰30元/次,由值班總監統一點名并作當晚工作布置,對當晚休息的同事由各組別內部做好傳達',
    # seed 篇2 item 3 (line 98).
    # reading: 三天內 read as days 1–3 of employment, the first day counting (digest and pack).
    "nightclub.n3": '新入職人員必須在三天內熟記公司的酒水銷售價,房間低消,任飲房等情況,及熟記大廳的臺號,以便第一時間能夠對客人做好業務推銷',
    # seed 篇2 item 4 (line 100).
    # reading: 曠工三天 read as 3 days within one calendar month; 扣罰四天工資 applied per absent day;
    # 'one day ahead' (提前一天) read by the pack's leave_notice parameter (24 hours / earlier calendar day).
    "nightclub.n4": '所有休息人員必須提前一天申請(特殊情況除外),否則當曠工處理,將扣罰四天工資,曠工三天當自動離職',
    # seed 篇2 item 5 (line 102).
    "nightclub.n5": '中途外出必須寫放行條并由直屬上司審批,否則當離崗處理,扣罰100元/次',
    # seed 篇2 item 6 (line 104). Not computable.
    "nightclub.n6": '班前做好儀容儀表的自檢,堅持健康良好的個人形象,營業中正確佩帶工作牌,見到客人上司問好,堅持"三米陽光"的禮貌工作',
    # seed 篇2 item 7 (line 106). The clause is the last part: 如因服務態度不好引起客人投訴的扣罰100元/次
    "nightclub.n7": '營業中招呼客人要主動熱情、活躍,搞好現場氣氛和配合好房間的服務工作,如因服務態度不好引起客人投訴的扣罰100元/次',
    # seed 篇2 item 8 (line 108). The clause is the theft part: 不能有偷竊行為,否則將作出嚴重處罰,情況惡劣者轉交公安機關處理
    # (the digest narrows 偷竊 to company property; the seed's 否則 follows all three duties).
    "nightclub.n8": '遵守企業的規章制度,愛護公司財物,不能有偷竊行為,否則將作出嚴重處罰,情況惡劣者轉交公安機關處理',
    # seed 篇2 item 9 (line 110).
    "nightclub.n9": '遵守公司的訂房訂臺制度,不能與咨客臺爭吵或有作假現象,以及出現賣房現象,否則取消當月業績并作相應扣罰。',
    # seed 篇2 item 10 (line 112). The clause is the second sentence (from 不能帶個人情緒上班); the first is an exhortation.
    "nightclub.n10": '有團結意識維護公司形象,與同事之間和藹友好相處,相互配合做好推銷工作。不能帶個人情緒上班,因態度不好頂撞上司的,或有暴力行為與他人發生沖突的扣罰300——500元/次,引起打架斗毆事件的扣罰500——1000元/次,情節嚴重的.作無薪解雇處理。',
    # seed 篇2 item 11 (line 114).
    "nightclub.n11": '做到潔身自愛,不能涉及毒品,不能變賣存酒卡收取客人現金,否則一經發現無薪解雇并交公安機關處理。',
    # seed 篇2 item 12 (line 116).
    # reading: 訂房取消的及未回參加班前會議的 read as two separate fines (cancelled room; missed meeting),
    # and 可補簽 read as 'signing afterwards is not late' (n2's 30 does not apply).
    "nightclub.n12": '訂到房可補簽,訂臺不可以,訂房取消的及未回參加班前會議的作50元/次扣罰。',
    # seed 篇2 item 13 (line 118). Not computable.
    "nightclub.n13": '公司的效益來自我們的一房一臺,所以我們要提高服務質量,推銷自我,創造更好業績,報答公司,成為一個真正營業高手!',
}
