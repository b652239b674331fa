/** Vietnamese text of a survey run's comparisons, downloads and retention. */
export const viSurveyResults = {
  'surveyResults.downloads': 'Tải về',
  'surveyResults.report': 'Báo cáo kết quả (Word)',
  'surveyResults.scoresWorkbook': 'Bảng điểm (Excel)',
  'surveyResults.answersXlsx': 'Câu trả lời ẩn danh và bảng mã (Excel)',
  'surveyResults.answersCsv': 'Câu trả lời ẩn danh (CSV)',
  'surveyResults.codebookCsv': 'Bảng mã (CSV)',
  'surveyResults.answersNote':
    'Câu trả lời không có tên người trả lời; số điện thoại, thư điện tử trong ý kiến tự do đã được che. Mỗi lần tải được ghi vào nhật ký.',
  'surveyResults.answersAnalystsOnly':
    'Câu trả lời gốc chỉ dành cho cán bộ điều phối và quản trị viên của đơn vị tổ chức khảo sát.',
  'surveyResults.answersDeleted':
    'Câu trả lời gốc đã được xoá khi hết hạn lưu; điểm đã tính vẫn được giữ.',
  'surveyResults.compareStrata': 'So sánh hai nhóm mẫu',
  'surveyResults.oneStratum': 'Đợt khảo sát chỉ có một nhóm mẫu.',
  'surveyResults.strataA': 'Nhóm mẫu thứ nhất',
  'surveyResults.strataB': 'Nhóm mẫu thứ hai',
  'surveyResults.difference': 'Chênh lệch (KTC 95%)',
  'surveyResults.verdict': 'Kết luận',
  'surveyResults.verdict.different': 'Khác biệt rõ',
  'surveyResults.verdict.test_only': 'Kiểm định có ý nghĩa, KTC còn chồng nhau',
  'surveyResults.verdict.not_different': 'Trong phạm vi sai số',
  'surveyResults.previous': 'So với đợt khảo sát trước',
  'surveyResults.previousRun': 'Đợt trước: {name} ({from} – {to}), toàn đơn vị.',
  'surveyResults.thisRun': 'Đợt này',
  'surveyResults.previousShort': 'Đợt trước',
  'surveyResults.noPrevious': 'Chưa có đợt khảo sát trước của cùng bộ câu hỏi tại đơn vị này.',
  'surveyResults.official': 'Đặt cạnh chỉ số chính thức',
  'surveyResults.officialNote':
    'Điểm khảo sát địa phương đặt cạnh điểm {index} chính thức năm {year} của {unit}, chỉ để tham khảo: hai cuộc khảo sát khác nhau về bộ câu hỏi, mẫu và thời điểm.',
  'surveyResults.localSurvey': 'Khảo sát địa phương (KTC 95%)',
  'surveyResults.officialYear': '{index} chính thức năm {year}',
  'surveyResults.noOfficial':
    'Chưa có kết quả chính thức của chỉ số này cho đơn vị (hoặc tỉnh) đến năm khảo sát.',
  'surveyResults.retention': 'Thời hạn lưu câu trả lời gốc',
  'surveyResults.keptUntil':
    'Lưu {n} câu trả lời gốc đến hết ngày {date}; sau đó có thể xoá (điểm đã tính được giữ).',
  'surveyResults.noRetention': 'Đang lưu {n} câu trả lời gốc; chưa đặt thời hạn lưu.',
  'surveyResults.keepUntil': 'Lưu đến ngày',
  'surveyResults.note': 'Lý do, căn cứ',
  'surveyResults.saveRetention': 'Lưu thời hạn',
  'surveyResults.deleteAnswers': 'Xoá câu trả lời gốc',
  'surveyResults.deleteConfirm':
    'Xoá vĩnh viễn mọi câu trả lời gốc của đợt này? Điểm đã tính được giữ lại.',
  'surveyResults.deleteNow': 'Xoá',
  'surveyResults.cancel': 'Huỷ',
  'surveyResults.deletedOn':
    'Câu trả lời gốc đã được xoá ngày {date} (người xoá: {user}); điểm đã tính được giữ lại.',
  'surveyResults.suggestions': 'Gợi ý từ khảo sát người dân',
  'surveyResults.suggestionsHint':
    'Các lĩnh vực con điểm thấp nhất của {unit} theo {run}. Chọn để lọc giải pháp.',
  'surveyResults.suggestionScore': '{score} (KTC {low} – {high})',
} as const;
