#!/usr/bin/env python3
"""Writes synthetic e-paper pages in the layout of a Chinese newspaper's text dump.

The pages are made from an invented vocabulary (no real article's text): an edition line,
navigation chrome, a date line, a title with a —— subtitle, figure captions, a byline, four
sections of indented paragraphs dense with statistics, and the paper-name footer. The same
seed always gives the same pages, so benchmark runs compare like with like.

usage: generate_pages.py OUT_DIR COUNT [--seed N] [--single-file BYTES]
"""
import argparse
import os
import random

CITIES = ["海州", "临江", "青禾", "石湾", "云溪", "东浦", "南屿", "北塘"]
PAPERS = ["海州日报", "临江晚报", "青禾日报", "石湾商报"]
SECTIONS = ["要闻", "经济纵深", "民生·教育", "城市周刊", "政治纵深·党建", "文化"]
TOPICS = ["港口物流", "数字经济", "乡村振兴", "城市更新", "科技创新", "医疗卫生", "职业教育", "文旅融合"]
VERBS = ["推进", "实施", "建成", "培训", "新增", "引进", "举办", "改造", "完成", "服务"]
THINGS = ["企业", "人才", "项目", "志愿者", "社区", "基地", "学校", "病床", "公里道路", "创业团队"]
UNITS = ["个", "名", "家", "人次", "项", "场", "所", "公里", "万元", "户"]
QUALIFIERS = ["", "余", "多", ""]
PREFIXES = ["", "超过", "近", "约", ""]
NAMES = ["陈思远", "林晓", "王海涛", "周敏", "赵一凡", "孙悦", "郑可", "吴昊"]


def number(rng):
    style = rng.randrange(5)
    if style == 0:
        return f"{rng.randint(2, 999)}"
    if style == 1:
        return f"{rng.randint(1, 99)}.{rng.randint(1, 9)}万"
    if style == 2:
        return f"{rng.randint(1000, 9999)}"
    if style == 3:
        return f"{rng.randint(1, 99)}.{rng.randint(1, 9)}%"
    return f"{rng.randint(10, 90)}"


def sentence(rng, city):
    parts = []
    for _ in range(rng.randint(2, 4)):
        verb, thing = rng.choice(VERBS), rng.choice(THINGS)
        value = number(rng)
        unit = "" if value.endswith("%") else rng.choice(UNITS)
        parts.append(f"{rng.choice(PREFIXES)}{verb}{thing}{value}{rng.choice(QUALIFIERS) if unit else ''}{unit}")
    opening = rng.choice([f"过去一年间，{city}", "与此同时，全市", f"截至目前，{city}", "今年以来，各地"])
    return opening + "，".join(parts) + "。"


def page(rng, index):
    city, paper = rng.choice(CITIES), rng.choice(PAPERS)
    section = rng.choice(SECTIONS)
    edition = f"{rng.choice('ABC')}{rng.randint(1, 16)}"
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    weekday = "一二三四五六日"[rng.randrange(7)]
    topic = rng.choice(TOPICS)
    nbsp = "\u00a0" * 4
    lines = [
        f"第{edition}版:{section} 上一版{rng.randint(1, 9)}  {rng.randint(1, 9)}下一版",
        "标题导航",
        "epg",
        " ",
        f"{year}年{month:02d}月{day:02d}日 星期{weekday}  ",
        "放大 缩小 默认",
        "",
        f"{city}{topic}走出新路子",
        "",
        f"——{city}{topic}工作综述之{index % 9 + 1}",
        "",
    ]
    for _ in range(rng.randint(0, 4)):
        lines += [f"{rng.choice(CITIES)}{rng.choice(TOPICS)}现场", ""]
    lines += [nbsp, nbsp]
    lines += [f"{nbsp}记者 {rng.choice(NAMES)} 通讯员 {rng.choice(NAMES)}{nbsp}本版图片由{city}宣传部提供", nbsp]
    for number_of_section in range(rng.randint(2, 4)):
        if number_of_section:
            lines += [nbsp, f"{nbsp}聚焦“{rng.choice(TOPICS)}” 全力打造{rng.choice(THINGS)}高地", nbsp, nbsp]
        for _ in range(rng.randint(3, 8)):
            text = "".join(sentence(rng, city) for _ in range(rng.randint(1, 4)))
            lines += [f"{nbsp}{text}", ""]
    lines += ["放大 缩小 默认", "   ", "", paper]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--single-file", type=int, metavar="BYTES", help="write one document of about BYTES instead")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    if args.single_file:
        first = page(rng, 0)
        body = []
        size = len(first.encode())
        while size < args.single_file:
            text = "".join(sentence(rng, "海州") for _ in range(3))
            body.append("\u00a0" * 4 + text + "\n\n")
            size += len(body[-1].encode())
        path = os.path.join(args.out, f"single-{args.single_file}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(first.rsplit("放大 缩小 默认", 1)[0] + "".join(body))
        print(path)
        return
    for index in range(args.count):
        folder = os.path.join(args.out, f"day-{index // 500:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"page-{index:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(page(rng, index))


if __name__ == "__main__":
    main()
