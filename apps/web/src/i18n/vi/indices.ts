/**
 * Vietnamese text of PAPI index pages: ranking, province profile, charts and maps.
 * The source of truth: en/indices.ts has the same keys.
 */
export const viIndices = {
  'chart.savePng': 'Lưu PNG',
  'chart.saveSvg': 'Lưu SVG',

  'indices.title': 'Chỉ số',

  'indices.index': 'Bộ chỉ số',

  'indices.year': 'Năm',

  'indices.assessedOf': '{assessed}/{surveyed} tỉnh, thành phố được đánh giá',

  'indices.ownProfile': 'Hồ sơ tỉnh: {name} →',

  'indices.tab.ranking': 'Xếp hạng',
  'indices.tab.map': 'Bản đồ',
  'indices.tab.compare': 'So sánh',
  'indices.tab.correlation': 'Tương quan',

  'indices.rank': 'Hạng',

  'indices.rankOf': 'Hạng {rank}/{count}',

  'indices.rankUp': 'lên {n} bậc',

  'indices.rankDown': 'xuống {n} bậc',

  'indices.rankSame': 'giữ hạng',

  'indices.province': 'Tỉnh, thành phố',

  'indices.region': 'Vùng',

  'indices.allRegions': 'Tất cả các vùng',

  'indices.group': 'Nhóm',

  'indices.total': 'Tổng điểm',

  'indices.score': 'Điểm',

  'indices.change': 'Thay đổi so với năm trước',

  'indices.changeVs': 'So với {year}',

  'indices.dimension': 'Lĩnh vực',

  'indices.subDimension': 'Nội dung thành phần',

  'indices.gap': 'Chênh lệch',

  'indices.best': 'Tỉnh cao nhất',

  'indices.nationalMean': 'Trung bình toàn quốc',

  'indices.nationalMedian': 'Trung vị toàn quốc',

  'indices.notAssessed': 'Không đánh giá',

  'indices.legend': 'Chú giải nhóm',

  'indices.searchProvince': 'Tìm tỉnh, thành phố',

  'indices.searchPlaceholder': 'Gõ tên, không cần dấu, ví dụ: dak lak',

  'indices.sortBy': 'Sắp xếp theo {column}',

  'indices.exportCsv': 'Xuất CSV',

  'indices.exportXlsx': 'Xuất Excel (XLSX)',

  'indices.rankingFile': 'Xếp hạng',

  'indices.previousScore': 'Điểm {year}',

  'indices.previousRank': 'Hạng {year}',

  'indices.rowsShown': 'Đang hiển thị {shown}/{total} tỉnh, thành phố ({assessed} được đánh giá).',

  'indices.rankingNote':
    'Tỉnh, thành phố theo địa giới trước ngày 01/07/2025. Tỉnh "Không đánh giá" không có điểm năm đó (không phải 0 điểm) và được xếp cuối bảng. Bấm tiêu đề cột để sắp xếp.',

  'indices.frameworkChange': 'Thay đổi khung chỉ số (6 → 8 lĩnh vực)',

  'indices.trend.title': 'Điểm tổng qua các năm',
  'indices.trend.rankTitle': 'Thứ hạng qua các năm',
  'indices.trend.rankNote': 'Trục đảo ngược: hạng 1 ở trên cùng.',
  'indices.trend.basis': 'Cách tính điểm tổng',
  'indices.trend.total': 'Tổng điểm',
  'indices.trend.total6': '6 lĩnh vực chung',
  'indices.trend.note':
    'Từ năm 2018 PAPI có 8 lĩnh vực (trước đó 6), nên tổng điểm trước và sau 2018 không so sánh trực tiếp được. Để so sánh qua mốc 2018, dùng "6 lĩnh vực chung" (tổng 6 lĩnh vực có ở cả hai khung).',

  'indices.radar.title': 'Các lĩnh vực so với toàn quốc',
  'indices.radar.note':
    'Mỗi trục có thang riêng, từ gần điểm thấp nhất đến điểm của tỉnh cao nhất.',

  'indices.backToRanking': 'Bảng xếp hạng',

  'indices.profile.yearOf': '{index} {year}',
  'indices.profile.dimensions': 'Điểm theo lĩnh vực',
  'indices.profile.subDimensions': 'Nội dung thành phần',
  'indices.profile.noSubDimensions': 'Chưa có số liệu nội dung thành phần cho năm này.',
  'indices.profile.weakest': 'Lĩnh vực yếu nhất so với trung vị toàn quốc (tối đa 5)',
  'indices.profile.weakLine': 'Điểm {score}, trung vị {median}, chênh lệch',
  'indices.profile.noWeakest': 'Không có số liệu để so sánh (tỉnh không được đánh giá năm này).',
  'indices.profile.nextGroup': 'Khoảng cách lên nhóm trên',
  'indices.profile.nextGroupIntro': 'Nhóm trên:',
  'indices.profile.threshold': 'Ngưỡng: {value} điểm',
  'indices.profile.pointsNeeded': 'Cần thêm {value} điểm',
  'indices.profile.gainNeeded': 'Cần tăng',
  'indices.profile.after': 'Điểm sau khi tăng',
  'indices.profile.feasibility': 'Khả thi',
  'indices.profile.gapNote':
    'Mỗi dòng: mức tăng cần có nếu chỉ cải thiện riêng lĩnh vực đó, các lĩnh vực khác giữ nguyên; ngưỡng tính theo kết quả năm đang xem.',
  'indices.profile.topGroup': 'Tỉnh đang ở nhóm điểm cao nhất.',
  'indices.profile.noGapUnassessed':
    'Tỉnh không được đánh giá năm này nên không tính được khoảng cách.',
  'indices.profile.noOwnResults':
    'Tỉnh được thành lập từ 01/07/2025 nên chưa có kết quả chính thức riêng cho năm {year}. Dưới đây là kết quả của các tỉnh cũ hợp thành.',

  'indices.lineage.title': '{name} hình thành từ',
  'indices.lineage.nowPartOf': 'Từ 01/07/2025 thuộc {name}.',
  'indices.lineage.official': '{name} (chính thức)',
  'indices.lineage.estimate': 'Ước tính – không phải số liệu chính thức',
  'indices.lineage.estimateNote':
    'Bình quân gia quyền điểm chính thức của các tỉnh cũ, chỉ để tham khảo. Trọng số mặc định bằng nhau; có thể sửa (ví dụ theo dân số).',
  'indices.lineage.weight': 'Trọng số {name}',

  'indices.map.colorBy': 'Tô màu theo',
  'indices.map.byGroup': 'Nhóm (theo tổng điểm)',
  'indices.map.byScore': 'Điểm: {element}',
  'indices.map.title': 'Bản đồ {index} {year}',
  'indices.map.hoangSa': 'Quần đảo Hoàng Sa (Đà Nẵng)',
  'indices.map.truongSa': 'Quần đảo Trường Sa (Khánh Hòa)',
  'indices.map.loadError': 'Không tải được bản đồ {url} (mã {status}).',
  'indices.map.note':
    'Bấm vào một tỉnh để mở hồ sơ. Màu xám: không đánh giá. Bản đồ theo địa giới trước ngày 01/07/2025 (63 tỉnh, thành phố).',

  'indices.compare.pick': 'Chọn tối đa {max} tỉnh, thành phố',
  'indices.compare.empty': 'Chọn ít nhất một tỉnh để so sánh.',
  'indices.compare.barsTitle': 'So sánh theo lĩnh vực {year}',
  'indices.compare.trendTitle': 'So sánh tổng điểm qua các năm',

  'indices.scatter.x': 'Trục ngang',
  'indices.scatter.y': 'Trục đứng',
  'indices.scatter.r': 'Hệ số tương quan r = {r}',
  'indices.scatter.title': 'Tương quan {index} {year} {x} - {y}',
  'indices.scatter.note':
    'Mỗi điểm là một tỉnh được đánh giá; màu và hình theo nhóm tổng điểm. Tương quan không có nghĩa là quan hệ nhân quả.',

  'indices.report.docx': 'Tải báo cáo phân tích (Word)',
  'indices.report.pdf': 'PDF',
  'indices.report.pdfLabel': 'Tải báo cáo phân tích (PDF)',
  'indices.report.failed': 'Không tải được báo cáo',
  'indices.legendBands': 'Nhóm tổng điểm năm {year}: khoảng điểm và số tỉnh, thành phố',
  'indices.bandRange': '{min}–{max}',
  'indices.bandCount': '{count} tỉnh',
  'indices.bandEmpty': 'không có tỉnh nào',
  'indices.meanMedian':
    'Trung bình toàn quốc {mean} · trung vị {median} ({count} tỉnh, thành phố được đánh giá)',
  'indices.ownProvince': 'Tỉnh của bạn',
  'indices.scoreChange': 'Điểm',
  'indices.rankChange': 'Hạng',
  'indices.editionLabel': 'khung {count} lĩnh vực (từ {from})',
  'indices.rankingNote34':
    'Tỉnh, thành phố theo địa giới từ ngày 01/07/2025 (34 tỉnh, thành phố). Tỉnh "Không đánh giá" không có điểm năm đó (không phải 0 điểm) và được xếp cuối bảng. Nhóm chia theo cùng quy tắc với các năm trước (phân vị 25, 50, 75). Bấm tiêu đề cột để sắp xếp.',
  'indices.profile.weakestFewer':
    'Chỉ {count} lĩnh vực thấp hơn trung vị toàn quốc; các lĩnh vực còn lại bằng hoặc cao hơn trung vị.',
  'indices.profile.noneBelowMedian': 'Không có lĩnh vực nào thấp hơn trung vị toàn quốc năm này.',
  'indices.profile.verdict.above_max': 'Không khả thi: vượt điểm tối đa {max}',
  'indices.profile.verdict.above_national_best':
    'Không khả thi: cao hơn tỉnh tốt nhất cả nước ({best})',
  'indices.profile.verdict.above_own_best':
    'Khó: cao hơn mức tốt nhất của tỉnh ({best} năm {year})',
  'indices.profile.verdict.feasible': 'Khả thi: tỉnh đã từng đạt ({best} năm {year})',
  'indices.profile.verdict.feasibleNoHistory': 'Trong tầm tỉnh tốt nhất cả nước ({best})',
  'indices.profile.verdictNote':
    'Khả thi chỉ khi điểm sau khi tăng không vượt mức tỉnh đã từng đạt; cao hơn tỉnh tốt nhất cả nước năm đó thì không coi là khả thi.',
  'indices.lineage.coverage': 'Độ bao phủ',
  'indices.lineage.coverageValue': '{value}%',
  'indices.lineage.missing': 'ước tính chưa gồm {names}: năm đó không được đánh giá',
  'indices.lineage.belowCoverage':
    'Không ước tính: chỉ {value}% trọng số có kết quả (cần ít nhất {min}%)',
  'indices.lineage.coverageRule':
    'Ước tính chỉ được tính khi các tỉnh cũ có kết quả chiếm ít nhất {min}% tổng trọng số (với trọng số mặc định: {min}% số tỉnh cũ; nếu nhập dân số làm trọng số: {min}% dân số). Dưới mức đó không có số chung.',
  'indices.map.note34':
    'Bấm vào một tỉnh để mở hồ sơ. Màu xám: không đánh giá. Bản đồ theo địa giới từ ngày 01/07/2025 (34 tỉnh, thành phố).',
} as const;
