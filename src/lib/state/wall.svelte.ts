/** The wall view's settings, kept while the facilitator moves between its screens. */
class Wall {
	/** "Participant 3" instead of names, for a room where answers should stay anonymous. */
	hideNames = $state(false);
}

export const wall = new Wall();
