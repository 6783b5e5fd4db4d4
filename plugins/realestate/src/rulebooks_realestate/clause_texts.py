"""The seed's Chinese wording of each realestate clause (篇5 of customer-rules-and-regulations.zh.txt), verbatim.

Keys are the clause IDs of rulebooks_realestate/clauses.py, in its order.  Each value is copied
verbatim from the seed (leading item number and whitespace stripped) and is a substring of one
seed line, except r11, which joins two such pieces of item 11 with nothing added.  Item N of 篇5
is realestate.rN; realestate.r11x is the consequence clause of item 11.  The seed has no item 10.
No clause ID is a pure digest "Reading": every ID has seed wording of its own.
"""

TEXT_ZH: dict[str, str] = {
    # 篇5 item 1 (seed line 192)
    'realestate.r1': '銷售現場接待次序由銷售經理(現場專案經理)制定,以均等機會制定接待順序。每周安排一次。如輪到的銷售員因正在接待其他客戶、接電話或其他公務離開前臺,則跳過,以后再補。若輪到的銷售員因私事不在現場(如去洗手間、臨時外出等)自動跳過,但算已接待一個客戶名額,不另行補回。',
    # 篇5 item 2 (seed line 194)
    'realestate.r2': '每日由銷售經理(現場專案經理)安排好先后順序為客戶接待的順序。負責監督調整銷售員輪流接待秩序,并保證每個客戶能及時得到銷售員的主動接待。如客戶有指定,則由內勤人員接待。',
    # 篇5 item 3 (seed line 196)
    'realestate.r3': '銷售員按順序輪流接聽電話。客戶到場或電話咨詢均應進行登記,客戶成交后的業績確認以客戶登記本上的銷售員名字及時間為準。',
    # 篇5 item 6 (seed line 202)
    'realestate.r6': '在接待過程中,如有因私事銷售員耽擱而未能接待客戶,不予以補接;如果當天請假,則視為放棄輪流機會。',
    # 篇5 item 7 (seed line 204)
    # digest reading inside this item: "the salesperson" (該銷售員) is read as the one whose turn it is;
    # the seed's second case is 未成交老客戶 (a returning customer not yet bought), and 該則計一次接待任務 is garbled.
    'realestate.r7': '銷售員在接待工作中,又有客戶過來看房,若該銷售員接待的為已成交客戶,則新來客戶由其它銷售員接待,該銷售員在下一次銷售員接待時不計接待次數;若該接待銷售員的為未成交老客戶,則由下一個位接待,該則計一次接待任務。',
    # 篇5 item 9 (seed line 208)
    # the seed does not say the busy salesperson is the returning customer's own (digest/pack reading).
    'realestate.r9': '每個銷售員均須按順序接待客戶,不得挑客戶、搶客戶。若銷售員正在接待客戶,登記過的老客戶來訪則由排在最后的銷售員接待,不視為接待名額。',
    # 篇5 item 26 (seed line 240)
    'realestate.r26': '其他銷售員有義務為輪休銷售員接待其客戶,按順序接待。',
    # 篇5 item 5 (seed line 200)
    'realestate.r5': '若客戶自始至終為一個銷售員接待,并且最后成交,則該銷售員享受全額提成。若該銷售員需要指定他人合作,則該提成由二人協商分享。',
    # 篇5 item 8 (seed line 206)
    'realestate.r8': '同一公司,同一家人應視為同一客戶,并且屬最先接待的銷售員。',
    # 篇5 item 11 (seed line 210)
    # two verbatim pieces of item 11 joined with nothing added; the clause between them,
    # 如不通知,視為搶單,并停牌一天; (r11x), is left out.  In the seed 如成交,業績歸屬被指定人 follows
    # the untold case in the same sentence: even when the named one was not told, the sale is theirs.
    'realestate.r11': '如客戶現場指定銷售員,則輪值銷售員應主動轉告通知被指定人。如成交,業績歸屬被指定人。',
    # 篇5 item 12 (seed line 212)
    'realestate.r12': '客戶來訪中,若其不是第一次來,且初始接待人認出是自已的客戶,則該客戶由初始人接待;若初始人未發現或忘記,客戶也并未指明,則按順序接待。',
    # 篇5 item 13 (seed line 214)
    'realestate.r13': '老客戶帶新客戶,如未指名找誰,則按順序輪流接待;如有指定,則由被指定人接待。',
    # 篇5 item 22 (seed line 232)
    'realestate.r22': '每個銷售員都有義務做電話咨詢,并鼓勵客戶來訪售樓處(在售樓處具備接待條件的前提下),除非客戶到售樓處后主動提出找某銷售員,否則仍然以輪流到的銷售員作為客戶接待及登記人。',
    # 篇5 item 24 (seed line 236)
    'realestate.r24': '銷售員原則上不得預留房號,以先付定金者為準,有特殊情況可請示銷售經理。',
    # 篇5 item 25 (seed line 238)
    'realestate.r25': '銷售員收取定金之前必須先確定該單位確未銷售,如有成交,應立即通知銷售經理。',
    # 篇5 item 11 (seed line 210)
    # the conduct consequence: the clause of item 11 between r11's two pieces (its trailing ; dropped).
    'realestate.r11x': '如不通知,視為搶單,并停牌一天',
    # 篇5 item 14 (seed line 216)
    # the stray backtick after 委婉的 is in the seed and is kept.
    'realestate.r14': '銷售員在接待第一次見面的客戶必須委婉的`詢問客戶以下兩個問題: a、詢問客戶是否來過,b、是哪一位銷售員接待過',
    # 篇5 item 15 (seed line 218)
    'realestate.r15': '銷售員不得挑選客戶,不得令客戶受冷遇,不論客戶的外表、來訪動機售樓員都要全力接待。',
    # 篇5 item 16 (seed line 220)
    'realestate.r16': '銷售員不得以任何理由中斷正在接待的客戶,而轉接其他客戶(客人多的時候,只能兼顧)。',
    # 篇5 item 17 (seed line 222)
    'realestate.r17': '銷售員不得在客戶面前爭搶客戶,不該在客戶面前說的話決不允許說。銷售員在任何情況下都不得在客戶面前發生爭執,也不得在成交后因銷售員之間發生爭執而向客戶查核當時成交或登記情況。',
    # 篇5 item 18 (seed line 224)
    'realestate.r18': '銷售員不得在其他銷售員接待客戶的時候,主動插話或幫助介紹,除非得到邀請。',
    # 篇5 item 19 (seed line 226)
    'realestate.r19': '銷售員在接待其他同事的客戶時不得主動遞送名片,除非得到該銷售員的同意。若客戶主動要求,事后須及時知會原銷售員。',
    # 篇5 item 4 (seed line 198)
    'realestate.r4': '當客戶進入售樓處大門處時,銷售員必須提前起身接待,禮儀待人,禮儀引導。',
    # 篇5 item 20 (seed line 228)
    'realestate.r20': '每個銷售員都有義務幫助其他銷售員促成交易,在某銷售員不在或繁忙的情況下,其他銷售員必須協助接待。',
    # 篇5 item 21 (seed line 230)
    'realestate.r21': '銷售員接待客戶完畢,須送客戶出售樓處,不得于客戶背后談論、辱罵或取笑客戶。',
    # 篇5 item 23 (seed line 234)
    'realestate.r23': '如電話咨詢本公司其他樓盤情況,應耐心介紹及按公司的要求填寫《客戶信息反映表》,如該樓盤有獨立售樓處,應將客戶介紹給該售樓處。',
    # 篇5 item 27 (seed line 242)
    'realestate.r27': '銷售員工作性質既是獨立又應相互合作,強調團隊精神,每個銷售員有義務配合其他銷售員促使客戶成交。',
}
