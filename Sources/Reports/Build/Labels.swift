/// Every fixed text of the reports, in Vietnamese and English: one table, so a label is never
/// missing in one language.
public enum Label: String, Sendable, CaseIterable {
  case siteTitle, indexTitle, indexIntro, pages, dataset, documents, targets, observations
  case provinces, indicators, profileTitle, comparisonTitle, dashboardTitle, conflictsTitle
  case compositeTitle, indicator, year, target, regionalMean, weighted, median, national, gapToMean
  case gapToNational, gapToLeader, rank, mark, pace, coverage, verdict, difference, reading
  case moreAmbitious, counterpart, reason, notComparable, oneSided, noConflicts, conflictKind
  case figure, document, section, quote, confidence, inheritedFrom, sourceFile, url, note
  case membershipInferred, membershipOfficial, geography, horizon, notBenchmarked, weightingNote
  case positiveIsBetter, dotPlotTitle, gapBarsTitle, gapBarsMeasure, accountingTitle, used
  case excluded, total, howToRead, howToReadText, province, caveats, noData, stamp, language
  case targetsOf, aligned, statusLine, secondaryNotice, regionalTarget, nationalTarget
  case conflictingNote, leader, excludedRows, rowsUsed, qualitativeTargets, sameFigure, meanLine
  case delivery, deliveryIntro, latestObserved, deliveryGap, observedAgainstRegion
  case observedIntro, yearsUsed, coreMissing, coreMissingIntro, coreAllSet, noTargets
  case coverageTitle, coverageIntro, targetsSet, observedSet, sourcesDiffer, targetsDiffer
  case targetChoiceRule, onTheDashboard, findings, pairedTitle
  case observedDashboardTitle, observedDashboardIntro, conflictChartTitle, conflictChartIntro
  // the words of the command-line listings (`table`, `md`); English as the CLI always wrote it
  case listAgainst, listAligned, listAlso, listAverage, listCaveats, listCompositeTarget
  case listConfidence, listConflicting, listConflictingSources, listConflictsInside
  case listCounterpart, listCoverageOf, listLatestOf, listCoverageWord, listDifference
  case listDocument, listEachLatest, listFailed, listFigure, listFlags, listGapToLeader
  case listGapToMean, listGapToNational, listGeo, listGeography, listHigherIsBetter
  case listLowerIsBetter, listID, listIndicator, listInherited, listKind, listLabel
  case listLatestObserved, listLeader, listLine, listLines, listMark, listMean, listMeanNofM
  case listMeanRank, listMedian, listMedianRank, listMembershipInferred, listMembershipOfficial
  case listMembershipUndefined, listMoreAmbitious, listName, listNational, listNationalChoice
  case listNoDate, listNoFigure, listNoFigureFor, listNoNumber, listNoYearGiven, listNofM
  case listNominalRank, listNominalScore, listNone, listNotBenchmarked, listNotComparable, listNote
  case listNotes, listObserved, listObservedAlso, listObservedNofM, listObservedNotes
  case listObservedRule, listObservedTitle, listObservedTitleLong, listObservedUsed
  case listObservedWord, listOneSided, listOutside, listOverlapping, listPace, listPercentile
  case listPositiveIsBetter, listProvince, listProvinceRows, listProvinces, listQualitative
  case listQuantitative, listRankKind, listQuote, listRank, listReading, listReason
  case listRegionalMean, listRegionalMeanNofM, listRemovedByScreening, listRuns, listSection
  case listSource, listSources, listSourcesDiffer, listSummary, listTarget, listTargetsDiffer
  case listTargetsNofM, listTitle, listURL, listUnit, listUnitCode, listUsed, listVerdict
  case listVsNational, listWeighted, listWhatChanges, listWithoutScores, listYear, listYearsUsed
  case listDocuments, listTargets, listCandidates, listMatched, listPrecision, listRecall
  case listOverall, listEvaluateNote, listBefore, listAfterWith, listInheritedThroughMerger
  // the draft's terminal table
  case draftTitle, draftRules, draftFirst, draftMax, draftCurrent, draftProposal, draftRule
  case draftGapNowProposal, draftWithDraft, draftRequiredPace, draftPaceSeen, draftFlags
  case draftMissing, draftSeen, draftNotSeen, draftPaceUnknown, draftGapNote, draftFlagsTitle
  case draftInputs, draftMissingTargets, draftTargetedBy

  /// The label in `language`.
  public func text(_ language: Language) -> String {
    let pair = Self.table[self] ?? (rawValue, rawValue)
    return language == .vi ? pair.vi : pair.en
  }

  static let table: [Label: (vi: String, en: String)] = [
    .siteTitle: (
      "Mục tiêu khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số các tỉnh",
      "Provincial targets for science, technology, innovation and digital transformation"
    ),
    .indexTitle: ("Bộ báo cáo provbench", "provbench report set"),
    .indexIntro: (
      "So sánh mục tiêu của các tỉnh Trung du và miền núi phía Bắc theo Nghị quyết 57-NQ/TW. Mỗi con số dẫn về văn bản nguồn và trích dẫn nguyên văn.",
      "Targets of the Northern Midlands and Mountains provinces under Resolution 57-NQ/TW, side by side. Every figure links to its source document and verbatim quote."
    ),
    .pages: ("Các trang", "Pages"),
    .findings: ("Nhận định chính", "Key findings"),
    .observedDashboardTitle: ("Số liệu thực tế gần nhất", "Latest observed values"),
    .observedDashboardIntro: (
      "Mỗi ô là số liệu thực tế gần nhất của tỉnh (năm trong ngoặc, chú thích dẫn nguồn), tô màu theo chênh lệch với trung bình vùng của các số liệu này, theo chiều tốt của chỉ tiêu: xanh là tốt hơn, đỏ là kém hơn trung bình. Chỉ các chỉ tiêu có số liệu của ít nhất hai tỉnh; số liệu đến năm",
      "Each cell is the province's latest observed value (its year in brackets, footnoted to the source), coloured by the gap to the regional mean of these values in the indicator's better direction: green better, red worse than the mean. Only indicators observed in at least two provinces; values up to"
    ),
    .conflictChartTitle: ("Các con số khác nhau", "The competing figures"),
    .conflictChartIntro: (
      "Mỗi hình là một chỗ vênh: các con số của cùng một tỉnh và năm trên một trục, mỗi hàng ghi văn bản nguồn và độ tin cậy; bảng bên dưới có trích dẫn đầy đủ.",
      "One picture per conflict: the figures of one province and year on one axis, each row naming its source document and confidence; the table below has the full quotes."
    ),
    .pairedTitle: (
      "Mục tiêu của hai tỉnh theo từng chỉ tiêu", "Both provinces' targets, indicator by indicator"
    ),
    .dataset: ("Dữ liệu", "Data"),
    .documents: ("Văn bản", "Documents"),
    .targets: ("Mục tiêu", "Targets"),
    .observations: ("Số liệu thực tế", "Observations"),
    .provinces: ("Tỉnh", "Provinces"),
    .indicators: ("Chỉ tiêu", "Indicators"),
    .profileTitle: ("Hồ sơ mục tiêu", "Target profile"),
    .comparisonTitle: ("So sánh", "Comparison"),
    .dashboardTitle: ("Bảng tổng hợp vùng", "Regional dashboard"),
    .conflictsTitle: (
      "Mục tiêu mâu thuẫn trong cùng một tỉnh", "Conflicting targets within a province"
    ),
    .compositeTitle: (
      "Chỉ số tổng hợp và độ bất định thứ hạng", "Composite index and rank uncertainty"
    ),
    .indicator: ("Chỉ tiêu", "Indicator"),
    .year: ("Năm", "Year"),
    .target: ("Mục tiêu", "Target"),
    .regionalMean: ("Trung bình vùng (n/m)", "Regional mean (n of m)"),
    .weighted: ("Bình quân gia quyền", "Weighted"),
    .median: ("Trung vị", "Median"),
    .national: ("Mục tiêu quốc gia", "National target"),
    .gapToMean: ("Chênh lệch với trung bình vùng", "Gap to regional mean"),
    .gapToNational: ("Chênh lệch với mục tiêu quốc gia", "Gap to national target"),
    .gapToLeader: ("Chênh lệch với tỉnh dẫn đầu", "Gap to the leader"),
    .rank: ("Thứ hạng", "Rank"),
    .mark: ("Điểm mạnh/yếu", "Strength/weakness"),
    .pace: ("Tốc độ", "Pace"),
    .coverage: ("Độ bao phủ", "Coverage"),
    .verdict: ("Đánh giá", "Verdict"),
    .difference: ("Chênh lệch", "Difference"),
    .reading: ("Cách đọc con số", "Reading"),
    .moreAmbitious: ("Cao hơn", "More ambitious"),
    .counterpart: ("Đối chiếu với", "Counterpart"),
    .reason: ("Lý do", "Reason"),
    .notComparable: ("Không so sánh được", "Not comparable"),
    .oneSided: ("Chỉ một tỉnh có mục tiêu", "Only one province has a target"),
    .noConflicts: ("Không có.", "None."),
    .conflictKind: ("Loại", "Kind"),
    .figure: ("Con số", "Figure"),
    .document: ("Văn bản", "Document"),
    .section: ("Mục", "Section"),
    .quote: ("Trích nguyên văn", "Verbatim quote"),
    .confidence: ("Độ tin cậy", "Confidence"),
    .inheritedFrom: ("Kế thừa", "Inherited"),
    .sourceFile: ("Tệp nguồn", "Source file"),
    .url: ("Địa chỉ", "URL"),
    .note: ("Ghi chú", "Note"),
    .membershipInferred: (
      "Thành phần vùng sau sáp nhập ngày 1/7/2025 do provbench suy ra, không phải danh sách chính thức.",
      "The region's membership after the 1 July 2025 merger is inferred by provbench, not official."
    ),
    .membershipOfficial: (
      "Thành phần vùng: 14 tỉnh trước ngày 1/7/2025 (Quyết định 369/QĐ-TTg).",
      "Region membership: the 14 provinces before 1 July 2025 (Decision 369/QĐ-TTg)."
    ),
    .geography: ("Địa giới", "Geography"),
    .horizon: ("Mốc thời gian", "Horizon"),
    .notBenchmarked: (
      "Mục tiêu không so sánh được với vùng", "Targets not benchmarked against the region"
    ),
    .weightingNote: ("Cách tính bình quân", "Weighting"),
    .positiveIsBetter: (
      "Chênh lệch được định hướng: số dương là tốt hơn.",
      "Gaps are oriented: positive is better."
    ),
    .dotPlotTitle: ("Các tỉnh trong vùng", "Provinces of the region"),
    .gapBarsTitle: ("Chênh lệch với trung bình vùng", "Gaps to the regional mean"),
    .gapBarsMeasure: ("% so với trung bình vùng", "% of the regional mean"),
    .accountingTitle: ("Đối soát dữ liệu", "Data accounting"),
    .used: ("Được dùng", "Used"),
    .excluded: ("Không dùng", "Excluded"),
    .total: ("Tổng", "Total"),
    .howToRead: ("Cách đọc", "How to read"),
    .howToReadText: (
      "Mỗi con số có chú thích dẫn về văn bản, mục và câu trích nguyên văn (bản OCR không dấu). Nguồn thứ cấp và bản dịch được ghi rõ. Mục tiêu của tỉnh đã sáp nhập chỉ được dùng cho tỉnh mới khi có quy tắc kế thừa rõ ràng và được ghi là “kế thừa”.",
      "Every figure has a note leading to its document, section and verbatim quote (OCR text without diacritics). Secondary sources and translations are marked. A merged province's target counts for its successor only by an explicit rule and is marked “inherited”."
    ),
    .province: ("Tỉnh", "Province"),
    .caveats: ("Lưu ý khi so sánh", "Caveats"),
    .noData: ("không có số liệu", "no data"),
    .stamp: ("Tạo lúc", "Generated"),
    .language: ("Ngôn ngữ", "Language"),
    .targetsOf: ("Mục tiêu của", "Targets of"),
    .aligned: ("Mục tiêu so sánh được", "Comparable targets"),
    .statusLine: ("so với quốc gia", "vs national"),
    .secondaryNotice: (
      "Một số con số lấy từ nguồn thứ cấp (báo chí) hoặc bản dịch; chú thích ghi rõ độ tin cậy.",
      "Some figures come from secondary sources (press) or translations; the notes give the confidence."
    ),
    .regionalTarget: ("Mục tiêu vùng", "Regional target"),
    .nationalTarget: ("Mục tiêu quốc gia", "National target"),
    .conflictingNote: (
      "Tỉnh có các mục tiêu khác nhau cho cùng chỉ tiêu; con số là khoảng bao tất cả.",
      "The province states different targets for this indicator; the figure covers them all."
    ),
    .leader: ("Dẫn đầu", "Leader"),
    .delivery: ("Kết quả thực hiện so với mục tiêu", "Delivery against the targets"),
    .deliveryIntro: (
      "Số liệu thực tế gần nhất so với mục tiêu (chênh lệch dương là đã vượt mục tiêu); tốc độ theo phương pháp Open SDG: tỷ số R giữa tăng trưởng bình quân năm đã đạt và tăng trưởng cần có từ năm gốc. ◎ đã đạt: số liệu mới nhất đáp ứng mục tiêu; ↑ đúng tiến độ: R ≥ 0,95; ↗ cần tăng tốc: 0,6 ≤ R < 0,95; → tiến bộ hạn chế: 0 ≤ R < 0,6; ↓ đi xuống: R < 0. Mũi tên chỉ tiến độ tới mục tiêu, không phải chiều tăng giảm của con số.",
      "The latest observed value against the target (a positive gap means the target is already exceeded); pace as Open SDG measures it: the ratio R of the annual growth achieved to the growth required from the base year. ◎ achieved: the latest value meets the target; ↑ on track: R ≥ 0.95; ↗ acceleration needed: 0.6 ≤ R < 0.95; → limited progress: 0 ≤ R < 0.6; ↓ deterioration: R < 0. The arrow shows progress towards the target, not whether the value rises or falls."
    ),
    .latestObserved: ("Số liệu thực tế gần nhất", "Latest observed"),
    .deliveryGap: ("Chênh lệch thực hiện", "Delivery gap"),
    .observedAgainstRegion: (
      "Số liệu thực tế so với các tỉnh trong vùng", "Observed values against the region"
    ),
    .observedIntro: (
      "Mỗi tỉnh dùng số liệu năm gần nhất (không muộn hơn năm của tỉnh này); năm của từng con số được ghi rõ. Khi hai nguồn cho cùng một năm khác nhau, dùng nguồn chính thức trước nguồn báo chí, trước bản dịch; số chính xác trước số ước. Tốc độ khi không có mục tiêu, theo ngưỡng cố định của Open SDG cho tăng trưởng bình quân năm từ năm đầu có số liệu, theo chiều tốt của chỉ tiêu: ↑ đúng tiến độ ≥ 1,5 %/năm; ↗ cần tăng tốc 0,5 đến 1,5; → tiến bộ hạn chế 0 đến 0,5; ↓ đi xuống dưới 0.",
      "Each province's latest annual value (no later than this province's year) is used, with its year shown. Where two sources give different figures for one year: primary before press before translation, an exact figure before an estimate. Pace without a target, by Open SDG's fixed thresholds on the annual growth from the first observed year, in the indicator's better direction: ↑ on track ≥ 1.5 %/year; ↗ acceleration needed 0.5 to 1.5; → limited progress 0 to 0.5; ↓ deterioration below 0."
    ),
    .yearsUsed: ("Năm số liệu", "Years used"),
    .coreMissing: (
      "Chỉ tiêu cốt lõi của Nghị quyết 57-NQ/TW chưa có mục tiêu",
      "Core Resolution 57-NQ/TW indicators with no target found"
    ),
    .coreMissingIntro: (
      "Các chỉ tiêu Nghị quyết 57-NQ/TW đặt mục tiêu quốc gia, mà provbench chưa tìm thấy mục tiêu của tỉnh (kể cả chỉ tiêu cùng nhóm):",
      "Indicators for which Resolution 57-NQ/TW sets a national target and for which provbench has found no target of the province (nor of an indicator of the same family):"
    ),
    .coreAllSet: (
      "Tỉnh đã có mục tiêu cho mọi chỉ tiêu cốt lõi của Nghị quyết 57-NQ/TW.",
      "The province has a target for every core indicator of Resolution 57-NQ/TW."
    ),
    .noTargets: (
      "Chưa tìm thấy mục tiêu định lượng nào của tỉnh có thể so sánh với vùng.",
      "No quantitative target of the province that can be compared with the region has been found."
    ),
    .coverageTitle: ("Độ bao phủ số liệu", "Data coverage"),
    .coverageIntro: (
      "Mỗi ô: mục tiêu năm đã chọn, rồi (sau dấu ·) số liệu thực tế gần nhất kèm năm. [thứ cấp]: nguồn báo chí; [bản dịch]: bản dịch; không ghi: văn bản gốc. Dấu — là chưa có số liệu.",
      "Each cell: the target for the chosen year, then (after ·) the latest observed value with its year. [secondary]: a press source; [translation]: a translation; unmarked: the issuer's own text. — means nothing is known."
    ),
    .targetsSet: ("Số tỉnh có mục tiêu", "Provinces with a target"),
    .sourcesDiffer: ("Các nguồn cho số liệu khác nhau", "Sources give different figures"),
    .targetsDiffer: ("các văn bản đặt mục tiêu khác nhau:", "its documents set different targets:"),
    .onTheDashboard: (
      "số liệu của từng tỉnh ở trang bảng tổng hợp (vùng quá lớn để lặp lại trên mỗi hồ sơ)",
      "each province's figure is on the dashboard (the region is too large to repeat them on every profile)"
    ),
    .targetChoiceRule: (
      "Khi các văn bản của một tỉnh đặt mục tiêu khác nhau cho cùng chỉ tiêu và năm, bình quân vùng dùng một mục tiêu theo thứ tự: văn bản đã ban hành trước dự thảo; văn bản gốc trước báo chí, trước bản dịch; văn bản mới hơn trước văn bản cũ hơn; rồi theo thứ tự trong tệp. Các mục tiêu khác vẫn được liệt kê.",
      "Where a province's documents set different targets for one indicator and year, the regional figures use one, in this order: adopted before draft; the issuer's text before press, before a translation; the later document before the earlier; then file order. The others stay listed."
    ),
    .observedSet: ("Số tỉnh có số liệu thực tế", "Provinces with an observed value"),
    .excludedRows: ("Dòng không dùng và lý do", "Rows not used, with the reason"),
    .rowsUsed: ("dòng được dùng", "rows used"),
    .qualitativeTargets: ("Mục tiêu định tính", "Qualitative targets"),
    .sameFigure: ("như nhau", "same"),
    .meanLine: ("Trung bình vùng", "Regional mean"),
    .listAgainst: ("so với", "against"),
    .listAligned: ("Mục tiêu so sánh được", "Aligned targets"),
    .listAlso: ("còn có", "also"),
    .listAverage: ("bình quân", "average"),
    .listCaveats: ("Lưu ý khi so sánh", "Caveats"),
    .listCompositeTarget: ("chỉ số", "target"),
    .listConfidence: ("độ tin cậy", "confidence"),
    .listConflicting: ("mâu thuẫn", "conflicting"),
    .listConflictingSources: ("các nguồn khác nhau", "conflicting sources"),
    .listConflictsInside: ("Mâu thuẫn trong cùng một tỉnh", "Conflicts inside a province"),
    .listCounterpart: ("đối chiếu với", "counterpart"),
    .listCoverageOf: ("mục tiêu năm", "targets for"),
    .listLatestOf: ("và số liệu thực tế gần nhất của", "and the latest observed value of"),
    .listCoverageWord: ("độ bao phủ", "coverage"),
    .listDifference: ("chênh lệch", "difference"),
    .listDocument: ("văn bản", "document"),
    .listEachLatest: ("năm gần nhất của từng tỉnh", "each member's latest"),
    .listFailed: ("lỗi", "failed"),
    .listFigure: ("con số", "figure"),
    .listFlags: ("ghi chú", "flags"),
    .listGapToLeader: ("chênh lệch với tỉnh dẫn đầu", "gap to leader"),
    .listGapToMean: ("chênh lệch với TB vùng", "gap to mean"),
    .listGapToNational: ("chênh lệch với quốc gia", "gap to national"),
    .listGeo: ("tỉnh", "geo"),
    .listGeography: ("địa giới", "geography"),
    .listHigherIsBetter: ("cao hơn là tốt hơn", "higher is better"),
    .listLowerIsBetter: ("thấp hơn là tốt hơn", "lower is better"),
    .listID: ("mã", "id"),
    .listIndicator: ("chỉ tiêu", "indicator"),
    .listInherited: ("kế thừa", "inherited"),
    .listKind: ("loại", "kind"),
    .listLabel: ("nội dung", "label"),
    .listLatestObserved: ("thực tế gần nhất", "latest observed"),
    .listLeader: ("dẫn đầu", "leader"),
    .listLine: ("dòng", "line"),
    .listLines: ("các dòng", "lines"),
    .listMark: ("mạnh/yếu", "mark"),
    .listMean: ("trung bình", "mean"),
    .listMeanNofM: ("trung bình vùng (n/m)", "mean (n of m)"),
    .listMeanRank: ("hạng trung bình", "mean rank"),
    .listMedian: ("trung vị", "median"),
    .listMedianRank: ("hạng trung vị", "median rank"),
    .listMembershipInferred: (
      "thành phần vùng do provbench suy ra, không chính thức",
      "membership inferred, not official"
    ),
    .listMembershipOfficial: ("thành phần vùng chính thức", "official membership"),
    .listMembershipUndefined: ("chưa xác định thành phần vùng", "membership not defined"),
    .listMoreAmbitious: ("cao hơn", "more ambitious"),
    .listName: ("tên", "name"),
    .listNational: ("quốc gia", "national"),
    .listNationalChoice: ("có nhiều mục tiêu quốc gia; dùng", "national target used:"),
    .listNoDate: ("không ghi ngày", "no date"),
    .listNoFigure: ("không có số liệu", "no figure"),
    .listNoFigureFor: ("không có số liệu:", "no figure for"),
    .listNoNumber: ("không số", "no number"),
    .listNoYearGiven: ("văn bản không nêu", "none given in the document"),
    .listNofM: ("n/m", "n of m"),
    .listNominalRank: ("hạng danh nghĩa", "nominal rank"),
    .listNominalScore: ("điểm danh nghĩa", "nominal score"),
    .listNone: ("Không có.", "None."),
    .listNotBenchmarked: ("Không so sánh với vùng", "Not benchmarked"),
    .listNotComparable: ("Không so sánh được", "Not comparable"),
    .listNote: ("ghi chú", "note"),
    .listNotes: ("Ghi chú", "Notes"),
    .listObserved: ("thực tế", "observed"),
    .listObservedAlso: ("thực tế: nguồn khác", "observed: also"),
    .listObservedNofM: ("có số liệu thực tế (n/m)", "observed (n of m)"),
    .listObservedNotes: ("Ghi chú về số liệu thực tế", "Notes on observed values"),
    .listObservedRule: (
      "Số liệu thực tế: khi các nguồn khác nhau, thống kê dùng nguồn chính thức trước nguồn báo chí, trước bản dịch; số chính xác trước số ước; rồi theo thứ tự trong tệp.",
      "Observed values: where sources differ, statistics use primary over secondary over translation, exact over approximate, then the first in the file."
    ),
    .listObservedTitle: (
      "Số liệu thực tế so với các tỉnh trong vùng",
      "Observed values against the region"
    ),
    .listObservedTitleLong: (
      "Số liệu thực tế so với các tỉnh trong vùng (số liệu năm gần nhất của từng tỉnh, không muộn hơn năm của tỉnh này; có ghi năm)",
      "Observed values against the region (each member's latest annual value up to the province's year; the years are shown)"
    ),
    .listObservedUsed: ("thực tế: được dùng", "observed: used"),
    .listObservedWord: ("thực tế", "observed"),
    .listOneSided: ("Chỉ một tỉnh có mục tiêu", "Only one province has a target"),
    .listOutside: ("Ngoài địa giới này", "Outside this geography"),
    .listOverlapping: ("chồng lấn", "overlapping"),
    .listPace: ("tốc độ", "pace"),
    .listPercentile: ("phân vị", "percentile"),
    .listPositiveIsBetter: (
      "chênh lệch được định hướng: số dương là tốt hơn",
      "gaps are oriented: positive is better"
    ),
    .listProvince: ("tỉnh", "province"),
    .listProvinceRows: ("Các tỉnh", "Provinces"),
    .listProvinces: ("tỉnh", "provinces"),
    .listQualitative: ("định tính", "qualitative"),
    .listQuantitative: ("định lượng", "quantitative"),
    .listRankKind: ("thứ hạng", "rank"),
    .listQuote: ("trích nguyên văn", "quote"),
    .listRank: ("hạng", "rank"),
    .listReading: ("cách đọc", "reading"),
    .listReason: ("lý do", "reason"),
    .listRegionalMean: ("trung bình vùng", "regional mean"),
    .listRegionalMeanNofM: ("trung bình vùng (n/m)", "regional mean (n of m)"),
    .listRemovedByScreening: ("bị loại khi sàng lọc", "removed by screening"),
    .listRuns: ("lần chạy", "runs"),
    .listSection: ("mục", "section"),
    .listSource: ("tệp nguồn", "source"),
    .listSources: ("nguồn", "sources"),
    .listSourcesDiffer: ("các nguồn khác nhau", "sources differ"),
    .listSummary: ("Tóm tắt", "Summary"),
    .listTarget: ("mục tiêu", "target"),
    .listTargetsDiffer: ("các văn bản đặt mục tiêu khác nhau;", "targets differ:"),
    .listTargetsNofM: ("có mục tiêu (n/m)", "targets (n of m)"),
    .listTitle: ("tiêu đề", "title"),
    .listURL: ("địa chỉ", "url"),
    .listUnit: ("đơn vị", "unit"),
    .listUnitCode: ("mã", "unit"),
    .listUsed: ("dùng", "used"),
    .listVerdict: ("đánh giá", "verdict"),
    .listVsNational: ("so với quốc gia", "vs national"),
    .listWeighted: ("gia quyền", "weighted"),
    .listWhatChanges: ("Thay đổi", "What changes"),
    .listWithoutScores: (
      "chỉ tiêu không có điểm (thiếu hết, hoặc mọi nơi cùng một giá trị)",
      "indicators without any score (all missing, or one value everywhere)"
    ),
    .listYear: ("năm", "year"),
    .listYearsUsed: ("năm số liệu", "years used"),
    .listDocuments: ("văn bản", "document"),
    .listTargets: ("mục tiêu", "targets"),
    .listCandidates: ("ứng viên", "candidates"),
    .listMatched: ("khớp", "matched"),
    .listPrecision: ("độ chính xác", "precision"),
    .listRecall: ("độ phủ", "recall"),
    .listOverall: ("tổng", "overall"),
    .listEvaluateNote: (
      "Một ứng viên khớp khi văn bản của nó có một mục tiêu có con số cùng tỉnh, chỉ tiêu,\ndấu so sánh, giá trị, giá trị cận trên và năm; ứng viên chưa phân loại không bao giờ khớp.",
      "A candidate is matched when a target of its document with a figure has the same geo, indicator,\ncomparator, value, value_high and year; unclassified candidates are never matched."
    ),
    .listBefore: ("Trước", "Before"),
    .listInheritedThroughMerger: (
      "được kế thừa qua đợt sáp nhập tỉnh năm 2025", "is inherited through the 2025 merger"
    ),
    .listAfterWith: ("Sau (với", "After (with"),
    .draftTitle: ("Dự thảo mục tiêu", "Draft"),
    .draftRules: ("quy tắc", "rules"),
    .draftFirst: ("quy tắc đầu tiên áp dụng được", "first"),
    .draftMax: ("mức cao nhất", "max"),
    .draftCurrent: ("mục tiêu hiện hành", "current"),
    .draftProposal: ("đề xuất", "proposal"),
    .draftRule: ("quy tắc", "rule"),
    .draftGapNowProposal: ("chênh lệch với TB vùng: nay → đề xuất", "gap to mean: now → proposal"),
    .draftWithDraft: ("với dự thảo trong TB vùng", "with the draft in the mean"),
    .draftRequiredPace: ("tốc độ cần", "required pace"),
    .draftPaceSeen: ("tốc độ đã thấy", "pace seen"),
    .draftFlags: ("cảnh báo", "flags"),
    .draftMissing: ("chưa có", "missing"),
    .draftSeen: ("đã có trong vùng", "yes"),
    .draftNotSeen: ("chưa có trong vùng", "no"),
    .draftPaceUnknown: ("chưa đủ số liệu", "unknown"),
    .draftGapNote: (
      "Chênh lệch với trung bình vùng hiện nay; “với dự thảo trong TB vùng”: so với trung bình tính lại khi đề xuất thay con số hiện hành (như gaps --with)",
      "Gaps to the regional mean as it stands; \"with the draft in the mean\": against the mean recomputed with the proposal in place of the current figure (what gaps --with shows)"
    ),
    .draftFlagsTitle: ("Cảnh báo", "Flags"),
    .draftInputs: ("Dữ liệu đầu vào", "Inputs"),
    .draftMissingTargets: ("Chỉ tiêu tỉnh chưa có mục tiêu", "Missing targets"),
    .draftTargetedBy: ("đã có mục tiêu ở:", "targeted by"),
  ]
}
