"""The seed's Chinese wording of each construction clause (篇12 of customer-rules-and-regulations.zh.txt), verbatim.

Keys are the clause IDs of rulebooks_construction/clauses.py, in its order.  Each value is
copied verbatim from the seed (the leading section number stripped).  k5 joins §4.2.5 and
§4.2.6 with nothing added.  The seed has no §4.2.2: the visit table it refers to (上表) is
missing, so construction.k2 carries §4.2.4's first sentence, the one that refers to it.
"""

TEXT_ZH: dict[str, str] = {
    # §4.1.1
    "construction.a1": "各承攬主體單位負責為各自分管的.客戶建立《聯營工程合作方入網審批表》,每位合作伙伴一套表格(1主表3附表)。",
    # §4.1.2
    "construction.a2": "對于《聯營工程合作方入網審批表》中的公司地址,人員,設備等情況,需要介紹部門進行實地考察(細則見《聯營工程合作方考察管理辦法》(尚在制定中,未推出))。經過實地考察的,應保證合作伙伴入網審批表的完整。對于模糊的情況默認為不具備條件。",
    # §4.1.3
    "construction.a3": "合作伙伴的入網應在洽談項目合作之前辦理。介紹部門填好表格轉交給盛昌公司后,由盛昌公司進行初步把關。對于不符合合作要求的及時勸退,并做好解釋。對于可合作的,由盛昌公司協助辦理后續相關手續。",
    # §4.2.1
    "construction.k1": "為合作伙伴辦理海盛公司入網后,將會由盛昌公司進行客戶分級。分級結果為公司內部使用,不對合作伙伴公開。",
    # §4.2.4, first sentence (§4.2.2, the table itself, is missing from the seed)
    "construction.k2": "上表中的走訪活動由各單位執行,有必要的可由盛昌公司組織,邀請市場開發部、工程管理部等相關部門參加。",
    # §4.2.3
    "construction.k3": "對于外埠的合作伙伴,可適當放寬走訪頻次,每半年應至少走訪1次。",
    # §4.2.4, second sentence
    "construction.k4": "公司高層應對A類和部分B類合作伙伴每年至少進行1次走訪。",
    # §4.2.5 and §4.2.6
    "construction.k5": "各單位每次走訪時,需要對合作伙伴資料主動進行更新并轉告至盛昌公司。走訪時還需密切留意客戶的下一步動態。如合作伙伴近期有擬合作項目,各單位應加強對該客戶的走訪。",
    # §5.2
    "construction.k6": "客戶級別可根據項目中標與未中標等情況隨時調整。調整工作由負責該客戶的單位發起,由盛昌公司與市場開發部共同決策。",
    # §4.3.1
    "construction.r1": "盛昌公司要為每位聯營合作伙伴建立個人檔案,即時更新。A類和B類客戶的檔案每半年存檔一次,C類和D類客戶的檔案不需存檔但要即時更新。遇特殊情況需增加存檔的可以增加。",
    # §4.3.2
    "construction.r2": "檔案的內容主要包括合作伙伴的承攬區域,人脈背景,過往業績以及在與海盛公司合作中的表現、竣工后的評價和信譽程度等。",
    # §4.3.3
    "construction.r3": "根據《聯營工程合作方入網審批表》的完整度以及合作伙伴的檔案內容等進行排名,對排名靠前的客戶,且過往一年在合同履行、安全質量、合作配合程度等方面均突出的,可以考慮在收費上給予優惠和更優質優先的服務。",
    # §5.1
    "construction.r4": "A級與B級是重點合作客戶。此兩類客戶的各類材料應保證完整、真實且有效,不能提供相關材料的默認為不具備條件。",
}
