"""The fitness rulebook's clauses (seed 篇1), as the digest numbers them."""

from rulebooks import Clause, Family

A, C, F = (Family.ATTRIBUTION,), (Family.CONDUCT,), (Family.FOLLOW_UP,)

CLAUSES = (
    # Evidence
    Clause("fitness.claim.0", A + F, "The follow-up sheet is the primary evidence; a sheet is valid for one "
           "calendar month from its date (03-10 → through 04-09).",
           text_zh="總則:以跟進表為主,跟進表在1個月內有效"),
    Clause("fitness.claim.2", A, "An appointment is valid only on its own day; between appointments for the same "
           "prospect the earliest registered wins (誰早歸誰).",
           text_zh="預約表(誰早歸誰,預約表只在當天有效)。"),
    Clause("fitness.follow.10", A, "An appointment counts only when signed by the director or the general manager, "
           "or, when neither is present, confirmed by SMS.",
           text_zh="預約登記須有總監或總經理簽字方可生效,如都不在的情況下可發送短信"),
    Clause("fitness.claim.4", A + F, "A valid number is surname + the customer's own mobile; illegible or altered "
           "numbers are invalid; an unreachable number has 2 days, then it is invalid.",
           text_zh="有效號碼:(姓+本人手機)模糊不清或涂改重筆的號碼, 視為無效號碼,不得提出爭議。聯系不上的視為無效號碼/無法接通或停機給予2天時間"),
    Clause("fitness.claim.5", A, "An appointment may mask the middle four digits only for a prospect with a "
           "follow-up sheet; otherwise the full number is required.",
           text_zh="有跟進表的號碼做預約中間四位可不寫、沒有跟進表的號碼必須寫全號碼,否則無效。"),
    # Claim windows
    Clause("fitness.claim.3", A, "Claimed within 7 days from the sale day (day 1): the original consultant's; "
           "days 8–15: half each; from day 16: the handler keeps it.",
           text_zh="在辦卡當日起7天內發現,此單歸原顧問。如7天外至15天內發現,則每人各一半。"),
    Clause("fitness.claim.6", A, "A sale for a customer never entered in the visit register, or any abnormal case "
           "once reported: whoever found and followed up first may claim the whole sale, with no claim window.",
           text_zh="發現沒有做來訪登記的客戶成單。其他銷售發現并跟進在先的可對全單,不存在對單期(所有非正常情況下無法對單的,上報后不存在對單期,處理完為止)"),
    Clause("fitness.follow.9", A, "Handler changes need a change form agreed by both and signed by the other's "
           "manager and the director; in the last 3 days of a month only same-day sales change handler (commission "
           "may be transferred by agreement); a claim in a later month on an earlier month's sale is invalid.",
           text_zh="如果經辦人的名稱需要更改,必須寫業績更改單,經雙方協商同意后同對方經理簽字,再由總監簽字方可到前臺更改,月底最后三天只能更改當天的單,不可更改前一天或以前的單。(即 月底最后三天發現之前的單被其他人經辦的,雙方商議可拿去提成。當月最后一天為月結,隔月對單無效。)"),
    # Walk-ins
    Clause("fitness.walkin.scope", A, "Walk-in rules 1, 3, 4 and 5 apply when the customer has no valid follow-up "
           "sheet; otherwise the claim and follow-up clauses decide.",
           text_zh="(以上四條都在無跟進表的'情況下)"),
    Clause("fitness.walkin.1", A, "A walk-in with no voucher, no appointment and looking for no one: whoever "
           "receives them gets the sale.",
           text_zh="沒拿體驗卷上門的接待人員須詢問是否有預約或找誰,沒有的誰接待算誰的。"),
    Clause("fitness.walkin.3", A, "A visitor who names a consultant (or a member) before the tour belongs to that "
           "consultant (or the member's consultant); a name given at someone's prompting, on the premises or while "
           "being received does not count.",
           text_zh="客戶過來在入場參觀前指明找誰,此單就算誰的。客戶指明找XX會員的,此客戶算XX會員顧問的。(A。在會所范圍內和已在接待的情況下,他人授意找某某的此為無效)。"),
    Clause("fitness.walkin.4", A, "A visitor showing a trial voucher belongs to the salesperson on the voucher.",
           text_zh="來訪客戶有出示體驗的,此客戶算體驗上銷售的,接待人員有義務通知此銷售或其主管。"),
    Clause("fitness.walkin.5", A, "A took the inquiry (or the flyer number) that day and booked an appointment; "
           "the prospect came, did not name A, and another closed: found the same day → A's; within 7 days with "
           "A's sheet and appointment book → half each.",
           text_zh="A顧問當日接咨詢電話或當日派單留的號碼,如在預約的情況下當天客戶過來參觀辦卡時沒指明找A顧問,而是由其他顧問接待的情況下,當天發現,此單歸A顧問,7天內發現,需出示跟進表和預約本可分此單一半,"),
    Clause("fitness.walkin.6", A, "A whole sale won by claim brings the follow-up right; after a half split the "
           "handler keeps the follow-up service.",
           text_zh="對得全單可獲跟進權,半單則由辦卡人跟進服務。"),
    Clause("fitness.walkin.7", A, "A party of 3 or more, A holding a sheet for one of them: found the same day with "
           "A's appointment that day → the whole party's sales are A's; without an appointment → only the customer "
           "on A's sheet.",
           text_zh="三人或多人同時來會所參觀、A顧問有其中一位跟進表,當天發現,當天并做有預約的此歸A顧問所有、事后拿預約表證明、當天發現但沒有做預約的只能對有跟進表的客戶。"),
    Clause("fitness.walkin.8", A, "A consultant may step in to take over a party containing their own customer only "
           "with an appointment; otherwise they may only claim the customer on their sheet afterwards.",
           text_zh="在接待或談單中發現其中有自己的客戶時,在做有預約的情況下,可以上前交接,事后需出示預約表證明,沒有做預約的則不能上前交接,只能事后對有跟進表的客戶。"),
    Clause("fitness.walkin.9", A, "If the first receiver also has their own customer in the party, the first keeps "
           "receiving unless they agree to hand over.",
           text_zh="在第8條的情況下當時接待的同事也有一位屬于自己的客戶時,第二位同事可以上前打招呼,但在第一接待人沒有同意交接的情況下由第一接待人接待。"),
    Clause("fitness.walkin.10", A, "8 or more signing up at the same time is a group sale: only on that day may a "
           "consultant with a sheet or appointment claim that number; the 7/15-day windows do not apply.",
           text_zh="同時有八人或以上更多的人辦卡屬于團單,當天可憑跟進表或預約對其有跟進預約的號碼,注:(當天入團、但不是同一批來的、他人接待為義務接待)"),
    # Follow-up principles
    Clause("fitness.follow.a1", A, "Upgrades and renewals within a membership's validity go to the original "
           "consultant if still employed.",
           text_zh="會員提升,有效期內續卡,歸在職原顧問,"),
    Clause("fitness.follow.a2", A, "A member's friend coming alone to ask for the member belongs to the member's "
           "original consultant.",
           text_zh="會友單獨過來會所找會員或朋友的,指明找哪位會員,或在前臺打電話給會員、或在前臺等待會員出來的為原會籍顧問所有"),
    Clause("fitness.follow.a3", A, "A member bringing a friend, naming no consultant and with no appointment: "
           "whoever receives; naming consultant B: B's.",
           text_zh="會員帶朋友來會所參觀、在沒有找誰及沒有提前預約的情況下,誰接待歸誰。會員帶朋友找B顧問,此為B顧問所有。其他服務均歸原會籍顧問所有,他人不得服務,"),
    Clause("fitness.follow.c", A, "In a party where the handler holds a sheet for one member, A gets only the sale "
           "of the customer on A's own sheet; a visitor who asks for XX at the front desk is XX's.",
           text_zh="同一批客戶經辦人也有其中一位客戶的跟進表則A顧問只能分得有跟進表的單,如經辦人和A顧問跟進表屬同一人時,則按照以下d)規定執行。(注:有三人一起來參觀。在前臺說找XX顧問的、此算XX顧問的)"),
    Clause("fitness.follow.d", A, "Both consultants hold valid sheets for the same customer: the handler's earlier "
           "sheet wins; same-day sheets split half each (handler keeps the follow-up right), ordered by that day's "
           "appointment sheet where one exists.",
           text_zh="兩位顧問都有B客戶(1人)跟進表,在有效期內,如經辦人的跟進表在先B客戶的單歸經辦人所有,同天跟進表,則此單各一半業績。(會員跟進權屬經辦人的)注:當發現是同一天跟進時,可以當天預約表區分先后來判此單"),
    Clause("fitness.follow.e", A, "A renewal of an expired membership: the original handler if still employed, "
           "otherwise whoever followed up the renewal; a departed consultant's reassigned member is the new "
           "consultant's.",
           text_zh="到期會員續卡,資源屬公司所有,經辦人在職,此單歸經辦人,經辦人離職的情況下,誰跟進續此單就歸誰。(如已離職銷售的會員重新分發至B銷售、此會員為B銷售的會員)"),
    Clause("fitness.follow.6", A, "A introduced and registered the customer earlier that day (morning or "
           "afternoon); B later brought them in and closed: found the same day → A's; the next day → half each.",
           text_zh="同一個客戶在當天(上午或者下午)有A顧問在會所介紹過并做來訪登記,后由B銷售帶進來促成的單,當日發現此單,歸(前者)做來訪登記的顧問(A顧問),次日發現可對一半。"),
    Clause("fitness.follow.8", A, "A card bought by X and used by Y counts for Y; a consultant with Y's sheet may "
           "claim it.",
           text_zh="A。B客戶來參觀,A客戶辦卡,使用人為B客戶,則此單為B客戶,有跟B客戶的,可以跟進表對此單 。"),
    Clause("fitness.follow.11", A, "A card transferred from X to Y: if C follows up Y, Y is C's customer and Y's "
           "renewals are C's.",
           text_zh="A客戶辦卡、轉給B客戶使用、如有C銷售跟進B客戶此為C銷售客戶、B客戶續卡業績歸C銷售所有。"),
    Clause("fitness.follow.12", A, "Any case the rules do not settle goes to the director (總監), whose "
           "interpretation is final.",
           text_zh="以上為基本規則制度、如有疑問按規則條例先進行處理。如有規則條例上沒有注明的情況,可上報總監處理,最終解釋權歸總監所有。"),
    # Conduct
    Clause("fitness.claim.7", C, "A visitor let in without a visit-register entry: fine 50 per occurrence.",
           text_zh="所有來會所的客戶都要做來訪登記,不做不予進場參觀,違者50元一次。"),
    Clause("fitness.claim.8", C, "The receiver did not ask whether the visitor is looking for someone, has been "
           "before, or has an appointment: fine 100 per occurrence.",
           text_zh="接待人員必須詢問客戶是否找人,是否有來過,是否有預約,不存在任何理由不詢問等情況,違者100元一次。"),
    Clause("fitness.walkin.2", C, "Knowingly not receiving a colleague's customer and not telling the colleague or "
           "the front desk: fine 300.",
           text_zh="如已知是其他同事的客戶、惡意不接待,參觀,不通知本人或前臺的,罰款300元。"),
    Clause("fitness.walkin.11", C, "The sale's number differs from the visit register and was not added to it, "
           "marked as the same person, before the handler's shift ended: fine 100.",
           text_zh="開單客戶所填寫的電話號碼與來訪登記上所填寫的電話號碼不一致,在當事人當天下班前要把開單填寫的號碼補到來訪登記本上并注明是同一人,違者罰款100元一次。"),
    Clause("fitness.walkin.12", C, "The number on a closed sale is not the customer's own valid number: fine 200.",
           text_zh="客戶成單所填寫的手機號碼必須是本人及有效號碼、不存在任何理由,違者200元一次。"),
    Clause("fitness.follow.a2x", C, "Deliberately steering a member's friend wrongly: fine 100.",
           text_zh="如有發現接待人員故意干涉會友找會員并以不正確的方式引導會友的,罰款100元一次。"),
    Clause("fitness.follow.ex", C, "Trying to win a renewal by offering a lower price: fine 100.",
           text_zh="銷售不得以低價格去爭取會員續卡,發現違反罰款100元。"),
    Clause("fitness.follow.5", C, "A non-duty consultant handing out flyers within 20 m of the duty team's zone, or "
           "bringing customers in from it: a violation (the site sets the amount).",
           text_zh="值班組區域,樓下街道延伸東莞銀行廣場和珠村牌坊區域,包括天橋十字路口非值班人員派單應離值班區域20米以外。非值班人員不可在值班區域帶客 )"),
    Clause("fitness.follow.7", C, "A, receiving a customer for whom C proved an earlier sheet, makes a sheet of "
           "their own: A's sheet is invalid and A is fined 100.",
           text_zh="A銷售接待B客戶、C銷售證實有跟進表在先、A銷售不得做跟進表,否則視為無效并罰款A銷售100元。"),
)
