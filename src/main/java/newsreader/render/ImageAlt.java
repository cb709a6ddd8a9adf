package newsreader.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The alt text of an image when it tells the reader something. Alt texts that only repeat a file name
 * ({@code 1.png}, {@code 6e2c…-picture} taken from the address) or say "image" are dropped, so the marker reads
 * {@code [image 3]} rather than {@code [image 3: img]}.
 */
final class ImageAlt {
    private static final Set<String> GENERIC = Set.of(
            "img", "image", "images", "pic", "picture", "photo", "figure", "图片", "图", "配图", "插图", "圖片",
            "未标题-1", "untitled", "null", "undefined", "alt");
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)[\\w.%-]+\\.(png|jpe?g|gif|webp|bmp|svg|avif|heic|tiff?)");
    private static final Pattern NUMBER = Pattern.compile("[\\d\\p{Punct}\\s]+");

    private ImageAlt() {
    }

    static String meaningful(String alt, String src) {
        String a = alt.strip();
        if (a.isEmpty() || GENERIC.contains(a.toLowerCase(Locale.ROOT)) || FILE_NAME.matcher(a).matches()
                || NUMBER.matcher(a).matches() || (a.length() >= 8 && src.contains(a))) {
            return "";
        }
        return a;
    }
}
