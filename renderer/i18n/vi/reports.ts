import { figureLabels, yearEndLabels } from '../../../shared/domain/report-labels';

/** "a.b" keys as i18next reads them: { a: { b } }, typed so English must give every one. */
type Nested<K extends string> = {
  [G in K extends `${infer A}.${string}` ? A : never]: { [F in K extends `${G}.${infer B}` ? B : never]: string };
};

function nest<K extends string, V>(record: Record<K, V>, text: (value: V) => string): Nested<K> {
  const out: Record<string, Record<string, string>> = {};
  for (const [key, value] of Object.entries(record) as [K, V][]) {
    const [group = '', field = ''] = key.split('.');
    out[group] = { ...out[group], [field]: text(value) };
  }
  return out as Nested<K>;
}

/** Vietnamese: the head's report — periods, figures with their definitions, drill-down, charts, finalising. */
export const reports = {
  reports: {
    title: 'Báo cáo',
    tabs: { figures: 'Số liệu', charts: 'Biểu đồ', settings: 'Cài đặt báo cáo' },
    period: {
      kind: 'Loại kỳ',
      kinds: { month: 'Tháng', quarter: 'Quý', half: '6 tháng', year: 'Năm', custom: 'Khoảng ngày' },
      convention: 'Cách tính kỳ',
      conventions: { calendar: 'Theo tháng dương lịch', cutoff15: 'Từ ngày 15 đến ngày 14' },
      year: 'Năm',
      month: 'Tháng',
      quarter: 'Quý',
      half: 'Nửa năm',
      monthOption: 'Tháng {{n}}',
      quarterOption: 'Quý {{n}}',
      halves: { '1': '6 tháng đầu năm', '2': '6 tháng cuối năm' },
      from: 'Từ ngày',
      to: 'Đến ngày',
      range: 'Thời gian báo cáo',
      running: 'Kỳ báo cáo chưa kết thúc: số liệu còn thay đổi đến hết ngày {{to}}.',
    },
    columns: { current: 'Kỳ này', previous: 'Kỳ trước', lastYear: 'Cùng kỳ năm trước', yearToDate: 'Lũy kế từ đầu năm' },
    columnRange: '{{from}} – {{to}}',
    figureHeader: 'Chỉ tiêu',
    unitHeader: 'Đơn vị',
    units: { persons: 'người', times: 'lượt', days: 'ngày', hours: 'giờ', dong: 'đồng', quantity: 'số lượng', classes: 'lớp' },
    sections: {
      headcount: 'Số lượng học viên',
      admissions: 'Tiếp nhận',
      departures: 'Ra cơ sở',
      events: 'Biến động trong kỳ',
      outside: 'Vắng mặt tại cơ sở cuối kỳ',
      occupancy: 'Công suất',
      health: 'Y tế',
      training: 'Dạy nghề',
      work: 'Lao động trị liệu, lưu ký',
      ratings: 'Xếp loại hằng tháng',
      conduct: 'Khen thưởng, kỷ luật',
      reductions: 'Giảm thời hạn',
      notices: 'Thông báo',
    },
    // Labels and definitions are the back end's own (print notes and Excel say the same), not written twice.
    figure: nest(figureLabels, (f) => f.label),
    definition: nest(figureLabels, (f) => f.definition),
    grade: { tot: 'Tốt', kha: 'Khá', trung_binh: 'Trung bình', kem: 'Kém' },
    noDefinition: 'Chưa có định nghĩa.',
    balance: {
      title: 'Cân đối số lượng học viên',
      kind: 'Diện',
      total: 'Tổng cộng',
      ok: 'Cân đối',
      holds: 'Đầu kỳ {{start, num}} + tiếp nhận {{admitted, num}} − ra {{left, num}} = cuối kỳ {{end, num}}',
      brokenTitle: 'Số liệu không cân đối',
      brokenBody:
        'Đầu kỳ + tiếp nhận − ra cơ sở không bằng cuối kỳ ở các học viên dưới đây. Kiểm tra và sửa diễn biến của họ; báo cáo không in được cho đến khi số liệu cân đối.',
      fullName: 'Họ tên',
      fileNumber: 'Số hồ sơ',
    },
    drill: {
      open: 'Danh sách học viên: {{figure}}, {{column}}',
      title: '{{figure}} — {{column}} ({{range}})',
      stt: 'STT',
      fullName: 'Họ tên',
      fileNumber: 'Số hồ sơ',
      kind: 'Diện',
      sex: 'Giới tính',
      birthYear: 'Năm sinh',
      admittedOn: 'Ngày vào',
      dischargedOn: 'Ngày ra',
      date: 'Ngày',
      detail: 'Chi tiết',
      value: 'Giá trị',
      total: 'Tổng: {{total, num}} · {{count, num}} dòng',
      truncated: 'Màn hình chỉ hiện 10.000 dòng đầu; tệp Excel có đủ danh sách.',
      empty: 'Không có học viên nào.',
    },
    print: 'In báo cáo',
    printBlocked: 'Chưa in được: số liệu không cân đối',
    finalise: {
      action: 'Chốt báo cáo',
      title: 'Chốt báo cáo {{range}}',
      body: 'Số liệu được lưu lại đúng như hiện nay. Mỗi kỳ chỉ chốt một lần; nếu dữ liệu thay đổi về sau, báo cáo sẽ hiện phần chênh lệch.',
      number: 'Số báo cáo',
      signedOn: 'Ngày ký',
      signerName: 'Họ tên người ký',
      signerTitle: 'Chức vụ người ký',
      confirm: 'Chốt báo cáo',
      done: 'Đã chốt báo cáo số {{number}}',
      blocked: 'Chưa chốt được: số liệu không cân đối',
    },
    final: {
      badge: 'Đã chốt',
      notFinal: 'Chưa chốt',
      line: 'Số {{number}}, ngày {{date}}; {{title}} {{name}} ký; chốt lúc {{at}}{{by}}',
      by: ' bởi {{name}}',
      changedTitle: 'Số liệu đã thay đổi sau khi chốt',
      changedBody: 'Dữ liệu gốc đã thay đổi kể từ khi chốt. Báo cáo đã chốt giữ nguyên số liệu đã ký; bảng dưới đối chiếu với số liệu hôm nay.',
      figure: 'Chỉ tiêu',
      finalised: 'Đã chốt',
      today: 'Hôm nay',
    },
    settings: {
      title: 'Thể thức báo cáo',
      governingUnit: 'Cơ quan chủ quản',
      issuingUnit: 'Đơn vị ban hành',
      numberSymbol: 'Ký hiệu văn bản',
      numberSymbolHint: 'Phần sau số báo cáo, ví dụ BC-CSCN trong "Số: 12/BC-CSCN"',
      place: 'Địa danh',
      signerTitle: 'Chức vụ người ký',
      signerName: 'Họ tên người ký',
      recipients: 'Nơi nhận (mỗi dòng một nơi)',
      defaultConvention: 'Cách tính kỳ mặc định',
      saved: 'Đã lưu cài đặt báo cáo',
    },
    yearEnd: {
      title: 'Số liệu cả năm {{year}} (nhập tay)',
      hint: 'Cán bộ và kinh phí chỉ có trong báo cáo tháng 12 và báo cáo năm.',
      saved: 'Đã lưu số liệu cả năm {{year}}',
      staff: 'Cán bộ, nhân viên',
      funding: 'Kinh phí cả năm',
      field: nest(yearEndLabels, (label) => label),
    },
    charts: {
      census: 'Số học viên trong sổ theo ngày',
      censusSeries: 'Học viên',
      capacitySeries: 'Công suất thiết kế',
      weekly: 'Tiếp nhận và ra cơ sở theo tuần',
      admitted: 'Tiếp nhận',
      left: 'Ra cơ sở',
      areas: 'Công suất theo khu (cuối kỳ)',
      beds: 'Số giường',
      occupied: 'Có người',
      empty: 'Không có số liệu trong kỳ.',
    },
  },
};
