import { KitError, problem } from '../errors.js';
import { PIECES, type Piece } from './pieces.js';

export function pieceById(id: string): Piece {
  const piece = PIECES.find((p) => p.id === id);
  if (!piece) throw new KitError(problem('unknownPiece', { id, pieces: PIECES.map((p) => p.id) }));
  return piece;
}
