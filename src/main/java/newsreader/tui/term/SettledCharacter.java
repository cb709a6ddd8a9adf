package newsreader.tui.term;

import com.googlecode.lanterna.TextCharacter;

/**
 * A screen cell whose width Lanterna works out once. Lanterna asks {@link TextCharacter#isDoubleWidth()} three or four
 * times for every cell it is given and again when it refreshes, and each answer looks the character's Unicode block up
 * ({@code Character.UnicodeBlock.of}): about a third of the time of redrawing an unchanged 160 x 50 screen. The
 * painter keeps one cell per glyph and style, so the answer is the same every time; it is taken from Lanterna itself,
 * so the screen's layout does not change.
 */
final class SettledCharacter extends TextCharacter {
    private static final long serialVersionUID = 1L;

    private final boolean doubleWidth;

    @SuppressWarnings("deprecation") // the copy constructor is the one way to extend a TextCharacter made by fromString
    SettledCharacter(TextCharacter character) {
        super(character);
        this.doubleWidth = character.isDoubleWidth();
    }

    @Override
    public boolean isDoubleWidth() {
        return doubleWidth;
    }
}
