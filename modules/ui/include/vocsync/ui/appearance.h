#pragma once

class QApplication;

namespace vocsync::ui {

/// Applies the workstation's look to the application: Fusion style, the palette, the style
/// sheet and fonts whose Han glyphs are Simplified Chinese (without an explicit CJK SC family,
/// fontconfig falls back to Noto Sans CJK JP on non-Chinese locales: TOOLCHAIN.md 4).
/// Shared by the shell and the GUI tests, so both see the same window.
void applyAppearance(QApplication &app);

} // namespace vocsync::ui
