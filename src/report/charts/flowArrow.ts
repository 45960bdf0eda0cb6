/**
 * A curved arrow from (x0, y0) to (x1, y1) as one filled-free path plus a head polygon. The curve bends
 * to the left of its direction by `bend` of its length, so opposite flows between two places separate.
 * It stops `gap` pixels short of both ends so it does not hide the place labels.
 */
export function flowArrow(x0: number, y0: number, x1: number, y1: number, width: number, gap = 10, bend = 0.18): { path: string; head: string } {
  const dx = x1 - x0, dy = y1 - y0, len = Math.hypot(dx, dy) || 1;
  const ux = dx / len, uy = dy / len;
  const sx = x0 + ux * gap, sy = y0 + uy * gap;
  const head = Math.max(7, width * 2.2);
  const ex = x1 - ux * (gap + head * 0.6), ey = y1 - uy * (gap + head * 0.6);
  const cx = (sx + ex) / 2 + uy * len * bend, cy = (sy + ey) / 2 - ux * len * bend;
  // the head points along the curve's end tangent (from the control point to the end)
  const tx = ex - cx, ty = ey - cy, tl = Math.hypot(tx, ty) || 1;
  const hx = tx / tl, hy = ty / tl;
  const tipX = ex + hx * head, tipY = ey + hy * head;
  const f = (v: number) => v.toFixed(1);
  return {
    path: `M${f(sx)},${f(sy)}Q${f(cx)},${f(cy)} ${f(ex)},${f(ey)}`,
    head: `${f(tipX)},${f(tipY)} ${f(ex - hy * head * 0.5)},${f(ey + hx * head * 0.5)} ${f(ex + hy * head * 0.5)},${f(ey - hx * head * 0.5)}`,
  };
}
