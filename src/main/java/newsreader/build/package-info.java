/**
 * What the build runs while it packages the program, never the program itself: {@link newsreader.build.ClassFileUpgrade}
 * makes picocli's class files ones the JVM's class-data archive can hold. Its one library (ASM) is on the build's
 * class path only, not in the jar.
 */
package newsreader.build;
