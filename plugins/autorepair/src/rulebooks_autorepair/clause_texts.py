"""The seed's Chinese wording of each autorepair clause (篇9 of customer-rules-and-regulations.zh.txt), verbatim.

Keys are the clause IDs of clauses.py.  The call-back items (客戶回訪制度, items 1–6) are
autorepair.v1–v6; the rescue items (24小時救援服務制度, items 1–5) are autorepair.r1–r5.
Leading item numbers and whitespace are stripped; v3 joins the item's three lines with nothing
added.  The seed's item 6 of the rescue rules (24小時救援服務熱線, a heading with no number) has
no clause ID in the digest.
"""

TEXT_ZH: dict[str, str] = {
    "autorepair.v1": "回訪工作安排專人負責,專職回訪員.",
    "autorepair.v2": "回訪對象:所有與修理廠(服務站)發生聯系,包括:有嘗修理、保用修理、登記定保的客戶。",
    "autorepair.v3": "回訪時限的要求:(1)在修理廠(服務站)做過有償修理后10日內。(2)在修理廠(服務站)做過保用服務后10日內。"
                     "(3)在修理廠(服務站)進行登記后10日內。",
    "autorepair.v4": "回訪的資料:(1)自我介紹(2)了解車況(3)解釋說明(4)詢問服務信息(5)告別客戶。",
    "autorepair.v5": "回訪員在電話回訪過程中如果遇到客戶在某一方面不滿意,首先應表示歉意,再問清細節,了解客戶要求,"
                     "包括事件經過涉及的相關人員,并做好記錄,及時向修理廠分管領導匯報,落實職責人,做好妥善處理,"
                     "并再次回訪客戶,告之處理結果,最后得到客戶滿意。",
    "autorepair.v6": "回訪員要將回訪的狀況錄入微機,實現回訪微機化管理。",
    "autorepair.r1": "每月1日前由辦公室編制夜間救援值班表,值班人員包括帶班領導、技術員、駕駛員、材料員及維修人員,"
                     "并將值班表分發到有關部門和人員。",
    "autorepair.r2": "夜間值班夏:季自18點30分至早8點、冬季自17點至早8點期間發生的外出救援服務,均由夜間帶班領導組織救援,"
                     "市內救援服務務必在2小時之內到達現常",
    "autorepair.r3": "夜間值班室設在二樓職工宿舍,值班人員值班期間嚴禁空崗、溜崗,有事務必找人替班。",
    "autorepair.r4": "白天外出救援服務,由各班組輪流外出救援。",
    "autorepair.r5": "夜間救援服務超過12點,救援服務人員每人獎勵20元。",
}
