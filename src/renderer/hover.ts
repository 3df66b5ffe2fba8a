// Hover and highlight label drawing for a dark canvas: a dark rounded box with light text
// (sigma's default draws a white box, unreadable with light labels); the node keeps its shape.
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

type Data = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

/** The node itself in its kind's shape (as the WebGL shape programs draw it), over the halo. */
function drawShape(context: CanvasRenderingContext2D, { x, y, size, color, type }: Data): void {
  context.fillStyle = color;
  context.beginPath();
  if (type === 'square') context.rect(x - size * 0.886, y - size * 0.886, size * 1.772, size * 1.772);
  else if (type === 'diamond') {
    context.moveTo(x, y - size);
    context.lineTo(x + size, y);
    context.lineTo(x, y + size);
    context.lineTo(x - size, y);
    context.closePath();
  } else {
    context.arc(x, y, size, 0, Math.PI * 2);
    if (type === 'ring') {
      context.arc(x, y, size * 0.72, 0, Math.PI * 2, true);
      context.moveTo(x + size * 0.46, y);
      context.arc(x, y, size * 0.46, 0, Math.PI * 2);
    }
  }
  context.fill();
}

export function drawDarkNodeHover(
  context: CanvasRenderingContext2D,
  data: Data,
  settings: { labelSize: number; labelFont: string; labelWeight: string },
): void {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const padding = 3;
  const label = data.label ?? '';
  const width = label ? context.measureText(label).width + 2 * padding + 4 : 0;
  const height = size + 2 * padding;
  context.fillStyle = '#1d2633';
  context.strokeStyle = '#ffd166';
  context.lineWidth = 1.5;
  context.beginPath();
  context.arc(data.x, data.y, data.size + padding, 0, Math.PI * 2);
  if (label) context.roundRect(data.x + data.size + padding, data.y - height / 2, width, height, 4);
  context.fill();
  context.stroke();
  drawShape(context, data);
  if (label) {
    context.fillStyle = '#f4f6f8';
    context.fillText(label, data.x + data.size + 2 * padding + 2, data.y + size / 3);
  }
}
