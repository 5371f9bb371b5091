/**
 * Reading a statement aloud with the browser's own speech synthesis: nothing is sent anywhere
 * and no voice is downloaded. Offered only where the device has a voice for the language.
 */

function voiceFor(locale: string): SpeechSynthesisVoice | undefined {
	const voices = speechSynthesis.getVoices();
	return (
		voices.find((v) => v.lang.toLowerCase().startsWith(locale) && v.localService) ??
		voices.find((v) => v.lang.toLowerCase().startsWith(locale))
	);
}

/** Calls back with whether a voice for `locale` exists, now and when the voices arrive. */
export function watchVoice(locale: string, onchange: (available: boolean) => void): () => void {
	if (typeof speechSynthesis === 'undefined') {
		onchange(false);
		return () => {};
	}
	const update = () => onchange(voiceFor(locale) !== undefined);
	update();
	// Chromium fills the list of voices after the page has loaded.
	speechSynthesis.addEventListener('voiceschanged', update);
	return () => speechSynthesis.removeEventListener('voiceschanged', update);
}

export function speak(text: string, locale: string): void {
	const voice = voiceFor(locale);
	if (!voice) return;
	speechSynthesis.cancel();
	const utterance = new SpeechSynthesisUtterance(text);
	utterance.voice = voice;
	utterance.lang = voice.lang;
	utterance.rate = 0.9;
	speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
	if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
