# SPDX-License-Identifier: GPL-2.0
# gdb script of scripts/trace-path.sh: single-step one call of a kernel
# function in a QEMU guest and write the address of every instruction it
# executed, one per line. Settings come from the environment:
#   TRACE_FUNC   the function (a symbol of vmlinux), or "fault" for one
#                anonymous page fault, from its entry to the return to user
#   TRACE_COND   a gdb condition for the call to trace ($rsi > 100)
#   TRACE_MAX    stop after this many instructions
#   TRACE_OUT    the output file
import os
import gdb

func = os.environ["TRACE_FUNC"]
cond = os.environ.get("TRACE_COND", "")
limit = int(os.environ.get("TRACE_MAX", "100000"))
KERNEL = 0xffff800000000000
MASK = 0xffffffffffffffff


def reg(name):
    return int(gdb.parse_and_eval(name)) & MASK


def run_to(sym, times=1, when=""):
    gdb.execute("delete")
    gdb.execute("break " + sym + (" if " + when if when else ""), to_string=True)
    for _ in range(times):
        gdb.execute("continue", to_string=True)
    gdb.execute("delete")


def step():
    gdb.execute("stepi", to_string=True)


gdb.execute("set pagination off")
gdb.execute("target remote :1234")
# Into the benchmark's loop of anonymous faults first.
run_to("folio_add_new_anon_rmap", 50)
pcs = []
if func == "fault":
    anon = reg("(long)&do_anonymous_page")
    for _ in range(20):
        pcs = []
        run_to("asm_exc_page_fault")
        while reg("$pc") >= KERNEL and len(pcs) < limit:
            pcs.append(reg("$pc"))
            step()
        if any(anon <= pc < anon + 64 for pc in pcs):
            break
else:
    run_to(func, 1, cond)
    sp = reg("$rsp")
    while reg("$rsp") <= sp and len(pcs) < limit:
        pcs.append(reg("$pc"))
        step()
with open(os.environ["TRACE_OUT"], "w") as f:
    f.write("".join("%x\n" % pc for pc in pcs))
gdb.execute("kill")
