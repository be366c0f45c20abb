"""Vietnamese: months are "tháng 3" or "tháng Ba", years follow "năm", a season is "mùa 2" or "phần 2"."""

from __future__ import annotations

from scraper.claims.packs import Pack

_MONTH_WORDS = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_SEASON = r"(?:mùa|phần|season)"
_NEXT = r"(?:\d{1,2}|hai|ba|bốn|thứ \w+|mới|tiếp theo|kế tiếp)"  # "mùa 2", "phần hai", "mùa thứ hai", "phần mới"
_GAP = r"(?:[\w-]+ ){0,4}?"

PACK = Pack(
    code="vi",
    months={f"tháng {n}": n for n in range(1, 13)} | {f"tháng 0{n}": n for n in range(1, 10)}
    | {f"tháng {word}": n for word, n in _MONTH_WORDS.items()},
    year_parts={
        "đầu năm": (1, 4), "đầu": (1, 4), "giữa năm": (5, 8), "giữa": (5, 8), "cuối năm": (9, 12), "cuối": (9, 12),
        "nửa đầu năm": (1, 6), "nửa cuối năm": (7, 12), "nửa sau năm": (7, 12), "nửa sau": (7, 12),
        "nửa đầu": (1, 6), "mùa xuân": (3, 5), "mùa xuân năm": (3, 5), "mùa hè": (6, 8), "mùa hè năm": (6, 8),
        "mùa hạ": (6, 8), "mùa thu": (9, 11), "mùa thu năm": (9, 11), "mùa đông": (12, 2), "mùa đông năm": (12, 2),
        "quý 1": (1, 3), "quý i": (1, 3), "quý 1 năm": (1, 3), "quý 2": (4, 6), "quý ii": (4, 6), "quý 2 năm": (4, 6),
        "quý 3": (7, 9), "quý iii": (7, 9), "quý 3 năm": (7, 9), "quý 4": (10, 12), "quý iv": (10, 12),
        "quý 4 năm": (10, 12),
    },
    # "năm" (five) is left out: it is "year" far more often ("năm 2026", "năm sau").
    numbers={
        "một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11,
        "mười hai": 12, "mười sáu": 16, "hai mươi": 20,
    },
    ordinals={"thứ nhất": 1, "đầu tiên": 1, "thứ hai": 2, "thứ 2": 2, "thứ ba": 3, "thứ 3": 3, "thứ tư": 4, "thứ 4": 4,
              "thứ năm": 5, "thứ 5": 5},
    relative={
        "năm sau": "year+1", "năm tới": "year+1", "sang năm": "year+1", "năm kế tiếp": "year+1",
        "năm nay": "year+0", "trong năm nay": "year+0", "năm ngoái": "year-1", "năm trước": "year-1",
        "năm rồi": "year-1", "năm vừa qua": "year-1",
        "tháng sau": "month+1", "tháng tới": "month+1", "tháng này": "month+0", "tháng trước": "month-1",
        "tháng rồi": "month-1", "tháng vừa qua": "month-1",
        "từ nay đến cuối năm": "rest_of_year", "trước cuối năm": "rest_of_year", "trong thời gian còn lại của năm": "rest_of_year",
        "nửa đầu năm nay": "h1+0", "nửa cuối năm nay": "h2+0", "nửa sau năm nay": "h2+0",
        "nửa đầu năm sau": "h1+1", "nửa cuối năm sau": "h2+1", "nửa đầu năm tới": "h1+1", "nửa cuối năm tới": "h2+1",
    },
    season_templates=("mùa ?{n}", "mùa {ordinal}", "phần ?{n}", "phần {ordinal}", "season ?{n}", "ss ?{n}"),
    hedges=(
        r"dự kiến", r"dự đoán", r"dự báo", r"có thể", r"có lẽ", r"khả năng", r"được cho là", r"tin đồn", r"đồn đoán",
        r"rò rỉ", r"hy vọng", r"hi vọng", r"kỳ vọng", r"ước tính", r"suy đoán", r"phỏng đoán", r"giả thuyết",
        r"dường như", r"hình như", r"có vẻ", r"chắc hẳn", r"đang đàm phán", r"đang thương lượng", r"đang thảo luận",
        r"nếu", r"e rằng", r"mong đợi", r"mong chờ", r"nhiều khả năng", r"theo đồn", r"nghe nói", r"tin rằng",
    ),
    not_hedges=(r"như dự kiến", r"được mong (?:đợi|chờ) nhất", r"những gì (?:khán giả|người hâm mộ|fan|bạn) (?:có thể )?"
                r"mong đợi", r"bất chấp (?:những )?tin đồn"),
    negations=(
        r"chưa", r"vẫn chưa", r"không(?! (?:khí|gian|chỉ|ít|ngừng|những|lâu))", r"chẳng", r"không rõ", r"chưa rõ",
        r"chưa xác định", r"chưa có", r"không có", r"bí ẩn", r"còn bỏ ngỏ", r"chưa được", r"không hề",
    ),
    denials=(r"chưa", r"không", r"chẳng"),
    official_verbs=(
        r"công bố", r"thông báo", r"xác nhận", r"tiết lộ", r"chia sẻ", r"cho biết", r"khẳng định", r"giới thiệu",
        r"tung ra", r"tung\b", r"phát hành", r"hủy", r"huỷ", r"gia hạn", r"bật đèn xanh", r"đăng tải", r"ra mắt",
        r"phát đi", r"đặt hàng",
    ),
    official_sources=(r"nhà sản xuất", r"ê-kíp", r"ê kíp", r"ekip", r"đoàn phim", r"nền tảng", r"đơn vị sản xuất",
                      r"hãng phim", r"nhà đài", r"gã khổng lồ (?:phát trực tuyến|streaming)", r"công ty sản xuất",
                      r"đội ngũ sản xuất", r"studio", r"ban tổ chức"),
    official_channels=(r"teaser", r"trailer", r"poster", r"áp phích", r"video", r"thông cáo báo chí", r"mạng xã hội",
                       r"trang chính thức", r"fanpage", r"họp báo", r"buổi đọc kịch bản", r"đoạn clip", r"clip",
                       r"tài khoản chính thức"),
    officially=(r"chính thức",),
    confirmed=(r"xác nhận", r"được xác nhận", r"chốt", r"đã rõ"),
    insiders=(r"nguồn tin", r"người trong cuộc", r"thân cận", r"giấu tên", r"nguồn thạo tin", r"nội bộ"),
    clause_breaks=(r";\s", r"\s[—–]\s", r",\s+nhưng\s", r",?\s+tuy nhiên,?\s", r",\s+trong khi\s", r",\s+vì\s",
                   r",\s+bởi vì\s", r",\s+mặc dù\s", r",\s+song\s", r",\s+thế nhưng\s", r",\s+do đó\s", r",\s+nên\s",
                   r",\s+dù\s"),
    subordinators=(r"mặc dù", r"mặc dầu", r"dù cho", r"dù", r"tuy", r"trong khi", r"dẫu"),
    conditions=(r"nếu", r"nếu như", r"trong trường hợp", r"giả sử", r"miễn là"),
    coming=(r"sẽ", r"dự kiến", r"sắp", r"sắp tới", r"mới", r"tiếp theo", r"được xác nhận", r"công bố", r"vào vai",
            r"đảm nhận", r"chuẩn bị", r"hứa hẹn"),
    job_titles=(r"nhà sản xuất", r"giám đốc", r"ceo", r"chủ tịch", r"đạo diễn", r"biên kịch", r"nhà sáng lập",
                r"người phát ngôn", r"đại diện", r"quản lý", r"nhà phê bình", r"phóng viên", r"biên tập viên", r"pd",
                r"nhà sáng tạo", r"công ty quản lý"),
    audience=("khán giả", "người hâm mộ", "fan", "fans", "người xem", "cư dân mạng", "netizen", "mọt phim"),
    attributions=(
        r"(?i:theo|dẫn nguồn|trích dẫn|theo tin từ|theo thông tin từ|theo báo) (?P<who>{name})",
        r"(?P<who>{name}) (?i:đưa tin|cho biết|tiết lộ|thông báo|xác nhận|công bố|dự đoán|khẳng định|viết|nhận định|"
        r"chia sẻ|đăng tải)",
    ),
    not_attributable=frozenset({"anh", "cô", "họ", "chúng tôi", "tôi", "khán giả", "người hâm mộ", "bộ phim", "phim",
                                "mùa", "phần", "nhiều", "một số", "các nguồn", "tin đồn", "báo chí", "truyền thông"}),
    triggers={
        "renewal": (
            r"gia hạn", r"bật đèn xanh", r"(?:xác nhận|công bố|thông báo|chốt|đặt hàng|sản xuất|làm|chính thức có) "
            + _GAP + _SEASON + " " + _NEXT,
            _SEASON + " " + _NEXT + " " + _GAP + r"(?:đã |được |sẽ )?(?:chính thức )?(?:được )?(?:xác nhận|công bố|"
            r"sản xuất|ấn định|lên kế hoạch|thành sự thật|sẽ có|đang được phát triển)",
            r"(?:trở lại|quay trở lại|tái xuất) (?:với|trong) " + _SEASON + " " + _NEXT, r"có " + _SEASON + " " + _NEXT,
            r"phần tiếp theo (?:[\w-]+ )?(?:chính thức|được xác nhận|đã được)", r"kế hoạch (?:cho |làm |sản xuất )?"
            + _SEASON,
        ),
        "cancelled": (r"hủy bỏ", r"huỷ bỏ", r"bị hủy", r"bị huỷ", r"hủy\b", r"huỷ\b", r"khai tử", r"dừng sản xuất",
                      r"không có " + _SEASON + r" (?:tiếp theo|mới)"),
        "release": (
            r"ra mắt", r"lên sóng", r"phát sóng", r"công chiếu", r"khởi chiếu", r"phát hành", r"trình làng", r"lên kệ",
            r"chiếu\b", r"lịch chiếu", r"ngày (?:ra mắt|phát sóng|công chiếu|phát hành)", r"trở lại", r"quay trở lại",
            r"(?:hoãn|dời|lùi) (?:lịch )?(?:[\w-]+ )?(?:đến|sang|tới)", r"chờ (?:đến|tới|thêm)", r"đổ bộ",
            r"có mặt trên", r"cập bến", r"xuất hiện trên", r"phát trực tuyến",
        ),
        "trailer": (r"teaser", r"trailer", r"đoạn giới thiệu", r"hình ảnh đầu tiên", r"first look", r"nhá hàng",
                    r"đoạn phim ngắn"),
        "filming_start": (
            r"bấm máy", r"khởi quay", r"quay phim", r"đang quay", r"ghi hình", r"bắt đầu quay", r"tiến hành quay",
            r"(?:quá trình )?sản xuất (?:đã |sẽ )?(?:bắt đầu|khởi động|được tiến hành)", r"đi vào sản xuất",
            r"lịch quay", r"khởi động (?:sản xuất|quay|dự án)", r"(?:đang|được) sản xuất", r"giai đoạn sản xuất",
            r"hoãn (?:việc )?quay", r"quay (?:từ|vào|trong)\b",
        ),
        "filming_end": (
            r"đóng máy", r"kết thúc (?:quá trình |việc )?(?:quay|ghi hình|sản xuất)", r"hoàn tất (?:việc |quá trình )?"
            r"(?:quay|ghi hình|sản xuất)", r"quay xong", r"hoàn thành (?:việc |quá trình )?(?:quay|ghi hình)",
            r"(?:quay|ghi hình) (?:[\w-]+ ){0,3}?(?:kết thúc|hoàn tất|xong)",
        ),
        "episodes": (r"tập(?: phim)?\b",),
        "episodes_before": (r"số tập\s*:?", r"tổng số tập\s*:?", r"tổng cộng\s*:?"),
        "director": (r"đạo diễn", r"chỉ đạo", r"cầm trịch", r"ngồi ghế đạo diễn", r"showrunner", r"\bpd\b"),
        "writer": (r"biên kịch", r"kịch bản", r"chấp bút", r"viết kịch bản", r"tác giả"),
        "replaces": ("thay thế(?! bởi)", "thay cho"),
        "replaced_by": ("(?:được|bị) thay thế bởi", "(?:được|bị) thay bằng"),
        "cast": (
            r"diễn viên", r"dàn diễn viên", r"dàn sao", r"dàn cast", r"vào vai", r"đóng vai", r"thủ vai", r"đảm nhận",
            r"vai diễn", r"vai\b", r"tham gia", r"góp mặt", r"xuất hiện", r"trở lại", r"tái xuất", r"tái hợp",
            r"gia nhập", r"nhập hội", r"bao gồm", r"gồm có", r"casting", r"\bcast\b", r"hóa thân", r"hoá thân",
        ),
        "departing": (r"không (?:[\w-]+ )?(?:trở lại|tham gia|góp mặt|xuất hiện)", r"rời\b", r"rời khỏi", r"vắng mặt",
                      r"vắng bóng", r"thiếu vắng", r"không còn", r"chia tay", r"rút khỏi"),
        "returning": (r"trở lại", r"tái xuất", r"tái hợp", r"quay lại", r"tiếp tục", r"một lần nữa", r"dàn diễn viên cũ",
                      r"dàn cast cũ", r"dàn diễn viên gốc", r"vai cũ"),
        "new_cast": (r"mới\b", r"gia nhập", r"nhập hội", r"tham gia", r"gương mặt mới", r"bổ sung", r"góp mặt",
                     r"đang đàm phán", r"được mời", r"lần đầu"),
    },
    gate_words={
        "renewal": ("gia hạn", "đèn xanh", "mùa", "phần", "season", "hủy", "huỷ", "khai tử", "dừng sản xuất"),
        "release": ("ra mắt", "lên sóng", "phát sóng", "chiếu", "phát hành", "trình làng", "lên kệ", "trở lại",
                    "hoãn", "dời", "lùi", "chờ", "đổ bộ", "có mặt", "cập bến", "xuất hiện", "trực tuyến"),
        "episodes": ("tập", "tổng cộng"),
        "filming": ("máy", "quay", "ghi hình", "sản xuất"),
        "director": ("đạo diễn", "chỉ đạo", "cầm trịch", "showrunner", "pd"),
        "writer": ("biên kịch", "kịch bản", "chấp bút", "tác giả"),
        "cast": ("thay thế", "thay cho", "thay bằng",
                 "diễn viên", "dàn", "vai", "đảm nhận", "tham gia", "góp mặt", "xuất hiện", "trở lại", "tái",
                 "gia nhập", "nhập hội", "bao gồm", "gồm có", "cast", "thân", "rời", "vắng", "không còn", "chia tay",
                 "rút khỏi", "quay lại", "tiếp tục", "lần nữa", "mới", "bổ sung", "đàm phán", "được mời", "lần đầu"),
    },
    gates_at_word_start=frozenset({"vai", "dàn", "rời", "mới", "chờ", "dời", "tập", "cast", "pd"}),
    false_friends=frozenset({"nam", "do", "an", "ha", "song", "ma", "ban", "ra", "so", "in", "bang", "min", "na"}),
    family_names=frozenset({"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
                            "hồ", "ngô", "dương", "lý", "đinh", "trương", "lâm", "đào", "lương", "tạ"}),
    not_names=frozenset({
        "mùa", "phần", "phim", "bộ", "tập", "đạo", "diễn", "biên", "kịch", "diễn viên", "khán", "giả", "netflix",
        "theo", "trong", "sau", "trước", "ngoài", "tuy", "nhiên", "ngoài ra", "tuy nhiên", "bên", "cạnh", "cùng",
        "với", "và", "nhưng", "khi", "vào", "năm", "tháng", "ngày", "việt", "nam", "hàn", "quốc", "nhật", "bản",
        "mỹ", "trung", "người", "nhân", "vật", "trường", "học", "zombie", "xác", "sống", "hiện", "tại", "đây",
        "đó", "này", "các", "những", "một", "hai", "thứ", "chủ", "cuối", "đầu", "giữa", "mới", "cũ",
        "dàn", "sao", "fan", "trailer", "teaser", "poster",
    }),
)
