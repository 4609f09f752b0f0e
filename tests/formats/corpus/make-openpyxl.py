"""Workbooks written by Python's openpyxl (a table, comments, a chart) from the seed 004 workbook: exceljs refuses
some of these, Excel opens them. Run with Debian's python3-openpyxl:
    /usr/bin/python3 tests/formats/corpus/make-openpyxl.py
Writes tests/fixtures/workbooks/openpyxl-{table,comments,chart}.xlsx (committed, small)."""
import os
from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.chart import BarChart, Reference

here = os.path.dirname(os.path.abspath(__file__))
fx = os.path.join(here, "..", "..", "fixtures", "workbooks")
src = os.path.join(fx, "seed004.xlsx")

def table(path):
    wb = load_workbook(src)
    ws = wb.worksheets[0]
    # A table needs a one-row header without merges: put a plain copy of the body on a second sheet.
    t = wb.create_sheet("数据表")
    t.append(["序号", "内容"])
    for i in range(1, 6):
        t.append([i, f"第{i}项"])
    tab = Table(displayName="Table1", ref="A1:B6")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    t.add_table(tab)
    wb.save(path)

def comments(path):
    wb = load_workbook(src)
    ws = wb.worksheets[0]
    ws["D3"].comment = Comment("请核实牵头单位", "审核人")
    ws["E4"].comment = Comment("时限待定", "审核人")
    wb.save(path)

def chart(path):
    wb = load_workbook(src)
    c = wb.create_sheet("统计")
    c.append(["单位", "任务数"])
    for name, n in [("市发改委", 3), ("市财政局", 5), ("市教育局", 2)]:
        c.append([name, n])
    ch = BarChart()
    ch.add_data(Reference(c, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    ch.set_categories(Reference(c, min_col=1, min_row=2, max_row=4))
    c.add_chart(ch, "D2")
    wb.save(path)

table(os.path.join(fx, "openpyxl-table.xlsx"))
comments(os.path.join(fx, "openpyxl-comments.xlsx"))
chart(os.path.join(fx, "openpyxl-chart.xlsx"))
