// Runs before the page paints, so that nothing jumps:
// 1. Large text (the projector setting) is switched on if the user chose it.
// 2. The page's language is the address's: the SPA fallback page (200.html) is written in English
//    and served for every unknown address, so /de/… must say lang="de" before anything is read.
// 3. The app opens in the language the user chose last time (or their browser's language).
//    It only acts on addresses without a language prefix: a prefix always wins.
// The lists must match project.inlang/settings.json; src/lib/i18n.spec.ts checks that.
(function () {
	try {
		if (localStorage.getItem('empowerment-large-text') === 'true') {
			document.documentElement.setAttribute('data-large-text', 'true');
		}
	} catch (e) {
		// Storage blocked: normal text size.
	}
})();
(function () {
	var locales = ['en', 'de'];
	var baseLocale = 'en';
	try {
		var path = location.pathname;
		var prefix = /^\/([a-z]{2})(\/|$)/.exec(path);
		if (prefix) {
			if (locales.indexOf(prefix[1]) >= 0) document.documentElement.lang = prefix[1];
			return;
		}
		var chosen = localStorage.getItem('empowerment-locale');
		if (!chosen) {
			var preferred = navigator.languages || [navigator.language];
			for (var i = 0; i < preferred.length && !chosen; i++) {
				var code = String(preferred[i]).slice(0, 2).toLowerCase();
				if (locales.indexOf(code) >= 0) chosen = code;
			}
		}
		if (chosen && chosen !== baseLocale && locales.indexOf(chosen) >= 0) {
			location.replace('/' + chosen + path + location.search + location.hash);
		}
	} catch (e) {
		// Storage can be blocked (private mode, policies): then the address decides.
	}
})();
