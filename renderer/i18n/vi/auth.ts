/** Vietnamese: setup, login. */
export const auth = {
  setup: {
    title: 'Thiết lập lần đầu',
    intro:
      'Máy này chưa có sổ. Nhập thông tin cơ sở và tạo tài khoản quản trị viên đầu tiên; các tài khoản khác được tạo sau trong mục Quản trị.',
    facility: 'Cơ sở cai nghiện',
    facilityName: 'Tên cơ sở',
    governingUnit: 'Cơ quan chủ quản',
    address: 'Địa chỉ',
    designCapacity: 'Công suất thiết kế (người)',
    admin: 'Quản trị viên đầu tiên',
    username: 'Tên đăng nhập',
    usernameHint: 'Chữ không dấu, số, dấu chấm hoặc gạch; 3–40 ký tự',
    fullName: 'Họ và tên',
    password: 'Mật khẩu',
    passwordHint: 'Ít nhất 8 ký tự',
    passwordConfirm: 'Nhập lại mật khẩu',
    passwordMismatch: 'Mật khẩu nhập lại không khớp',
    submit: 'Tạo cơ sở và tài khoản',
    done: 'Đã tạo cơ sở. Đăng nhập bằng tài khoản vừa tạo.',
  },
  login: {
    title: 'Đăng nhập',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
  },
} as const;
