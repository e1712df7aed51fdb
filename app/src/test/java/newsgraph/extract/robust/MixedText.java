package newsgraph.extract.robust;

import java.util.List;
import java.util.Random;

/**
 * Seeded random text for robustness tests: running Chinese (short fictional phrases), the markers
 * the extractor keys on (本报讯, 记者, 出席, titles, 上接/下转, dates, 召开, 等), fictional names,
 * punctuation, line breaks, and garbage (Latin, digits, control characters, stray surrogates,
 * brackets that never close). The same seed gives the same text.
 */
final class MixedText {
    private static final List<String> CHINESE = List.of("要进一步加强合作", "推动高质量发展", "会议强调", "各部门要抓好落实",
            "现场气氛热烈", "项目进展顺利", "与会人员参观了展厅", "产业园区建设", "开展专题调研", "听取工作汇报", "共同为基地揭牌",
            "签约仪式在此举行", "全体会议", "座谈会", "推进会召开", "学习贯彻重要讲话精神", "总投资50亿元的新材料项目", "落户高新区",
            "第三届博览会", "在市行政中心", "他强调", "她指出", "一行", "带队到", "陪同调研", "主办", "承办的论坛");
    private static final List<String> MARKERS = List.of("本报讯", "本报3月5日讯", "新华社临江5月6日电", "记者", "通讯员", "□记者 ",
            "出席", "主持", "会见", "会谈", "调研", "考察", "讲话", "致辞", "参加", "陪同", "签约", "见证", "召开", "举行", "举办", "开幕",
            "市长", "副市长", "市委书记", "区委常委、副区长", "省工业和信息化厅厅长", "主任", "董事长", "总经理", "县领导", "负责同志",
            "（下转第二版）", "（上接第一版）", "下转", "上接", "2024年3月5日", "3月5日", "6日上午", "昨天", "今天", "当天", "2025年",
            "去年", "到2030年", "等", "和", "与", "及", "为", "、");
    private static final List<String> NAMES = List.of("林海峰", "王明", "赵海涛", "李明远", "陈思雨", "欧阳晓", "岩温", "马库斯·韦伯", "他", "她");
    private static final String PUNCTUATION = "，。、；：！？“”‘’（）《》() \t\n\n　";

    private final Random random;

    MixedText(long seed) {
        this.random = new Random(seed);
    }

    /** About {@code length} characters (the last piece may run over). */
    String next(int length) {
        StringBuilder sb = new StringBuilder(length + 16);
        while (sb.length() < length) {
            int kind = random.nextInt(100);
            if (kind < 30) {
                sb.append(pick(CHINESE));
            } else if (kind < 55) {
                sb.append(pick(MARKERS));
            } else if (kind < 70) {
                sb.append(pick(NAMES));
            } else if (kind < 90) {
                sb.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
            } else {
                garbage(sb);
            }
        }
        return sb.toString();
    }

    private void garbage(StringBuilder sb) {
        switch (random.nextInt(6)) {
            case 0 -> sb.append((char) random.nextInt(0x20)); // control characters
            case 1 -> sb.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
            case 2 -> sb.append(random.nextInt(100000));
            case 3 -> sb.append("abcXYZ-_/:.".charAt(random.nextInt(11)));
            case 4 -> sb.append((char) (0x4E00 + random.nextInt(0x5200))); // any CJK ideograph
            default -> sb.append((char) random.nextInt(0x10000)); // any BMP character
        }
    }

    private String pick(List<String> xs) {
        return xs.get(random.nextInt(xs.size()));
    }
}
