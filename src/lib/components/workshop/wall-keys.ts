/** What a key does on the wall view; the facilitator drives the room from the keyboard. */
export type WallCommand = 'next' | 'previous' | 'reveal' | 'agree' | 'names' | 'close';

const COMMANDS: Record<string, WallCommand> = {
	ArrowRight: 'next',
	PageDown: 'next',
	n: 'next',
	ArrowLeft: 'previous',
	PageUp: 'previous',
	p: 'previous',
	r: 'reveal',
	a: 'agree',
	h: 'names',
	Escape: 'close'
};

interface KeyInput {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	/** The element with focus: typing in a field or choosing in a list is never a command. */
	target: EventTarget | null;
}

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** Whether the key goes to a field, a list or a browser shortcut rather than to the wall. */
export function isForSomeoneElse(event: KeyInput): boolean {
	const target = event.target as { tagName?: string; isContentEditable?: boolean } | null;
	return (
		event.altKey ||
		event.ctrlKey ||
		event.metaKey ||
		TYPING.has(target?.tagName ?? '') ||
		target?.isContentEditable === true
	);
}

/** The command for a key press, or undefined when the key belongs to someone else. */
export function wallCommand(event: KeyInput): WallCommand | undefined {
	if (isForSomeoneElse(event)) {
		const isPlain = !event.altKey && !event.ctrlKey && !event.metaKey;
		return isPlain && event.key === 'Escape' ? 'close' : undefined;
	}
	return COMMANDS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
}
