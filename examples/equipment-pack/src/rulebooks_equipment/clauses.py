"""The equipment rulebook's clauses (seed 篇10), as the digest numbers them."""

from rulebooks import Clause, Family

# The seed's own wording of each clause (seed 篇10, lines 578–600), verbatim; a Chinese report shows it.
TEXT_ZH: dict[str, str] = {
    # seed 篇10 一、目的 items 1 and 2 (lines 580, 582), one item a line.
    # The stray '.' in 補充產品(比如配件)的.可能性 is the seed's. Not computable.
    "equipment.v1": '了解設備的運行狀況、客戶對設備的滿意度及對本公司服務的滿意度,了解在設計、制作、服務等方面存在的不足,作為本公司在質量和服務方面持續改善的信息來源;\n進一步加強與客戶的聯系,提高客戶對公司的信任度,提升公司的整體形象,穩定客戶并提高客戶再次購買本公司產品的可能性,提高客戶購買設備補充產品(比如配件)的.可能性;',
    # seed 篇10 二、方式 items 1–4 (lines 588–594), one item a line.
    # reading: the greeting cards of 非正式的回訪 are logged but never count as the formal call-back;
    # the seed says only that an informal call-back may be a card (and puts 表格/入檔 on 任何一種方式).
    "equipment.v2": '電話回訪;\n信函回訪;\n走訪;\n任何一種方式都配上表格,仔細填寫,入檔;非正式的回訪可以寄賀卡(生日卡、喬遷賀喜、升遷祝賀等)',
    # seed 篇10 三、內容 item 1 (lines 598 and 600: the item's heading and its text, joined as one item).
    # reading: this is the first call-back (later ones are site practice), due by the end of the day one
    # calendar month after 安裝調試; the seed names only 安裝調試后一個月.
    "equipment.v3": '回訪的時間選擇及主要任務:設備安裝調試后一個月,主要是了解設備運行情況并解決設備運行中存在的問題,進一步提醒并幫助客戶熟悉設備的操作程序及設備的維修、保養方面的注意事項,并設法把設備在品質和服務方面的優良信息傳遞給客戶。',
    # seed 篇10 一、目的 item 3 (line 584). The seed gives classifying customers as a purpose of call-backs
    # and no rule for it; reading (digest and pack): thresholds are site settings (yearly purchases).
    "equipment.v4": '通過回訪獲得的信息,進一步分清金牌客戶、重要客戶和一般客戶,并可作為業務人員培訓的資料。',
}

CLAUSES = (
    Clause("equipment.v1", (), "Purpose of call-backs: learn how the equipment runs and how satisfied the "
           "customer is, feed quality and service improvements, keep the customer and win repeat and "
           "spare-parts sales.", computable=False,
           why_not="it states why call-backs are made; it sets no obligation, deadline or outcome that "
                   "records could show met or missed (the obligations are equipment.v2 to v4)",
           text_zh=TEXT_ZH["equipment.v1"]),
    Clause("equipment.v2", (Family.FOLLOW_UP,), "A call-back is made by phone, letter or visit and recorded "
           "on a filed form; an informal greeting card (birthday, moving house, promotion) is logged but "
           "is not the formal call-back.", text_zh=TEXT_ZH["equipment.v2"]),
    Clause("equipment.v3", (Family.FOLLOW_UP,), "A call-back is due one month after installation and "
           "commissioning: check operation, solve problems, remind the customer of operation, repair and "
           "maintenance points.", text_zh=TEXT_ZH["equipment.v3"]),
    Clause("equipment.v4", (Family.GRADING,), "What call-backs find classifies customers as gold (金牌), "
           "important (重要) or general (一般).", text_zh=TEXT_ZH["equipment.v4"]),
)
