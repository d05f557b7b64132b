/** An element's box on screen, as getBoundingClientRect gives it, named by its id. */
export interface Box {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
