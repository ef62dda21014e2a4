/**
 * The QR code drawn from its modules as one SVG path: crisp on a projector at any size,
 * with the quiet zone scanners need, and named by the address it carries.
 */
export function RoomQr({ size, cells, label }: { size: number; cells: string; label: string }) {
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (cells[y * size + x] === '1') path += `M${x + 4} ${y + 4}h1v1h-1z`;
    }
  }
  const side = size + 8;
  return (
    <svg
      className="room-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
