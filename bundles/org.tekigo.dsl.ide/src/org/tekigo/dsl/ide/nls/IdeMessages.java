package org.tekigo.dsl.ide.nls;

import org.eclipse.osgi.util.NLS;

/**
 * The quick fixes' names and the outline's words, as the studio and the language server show them.
 * The texts are in messages.properties (English, the fallback) and messages_ja.properties;
 * Eclipse's NLS picks them by the locale ({@code -nl} in the studio, {@code --lang} or the
 * environment on the command line). Sentences take their values as {0}, {1}, never as pieces.
 */
@SuppressWarnings("javadoc")
public final class IdeMessages extends NLS {

	private static final String BUNDLE_NAME = "org.tekigo.dsl.ide.nls.messages";

	public static String Fix_addStubAnswers;
	public static String Fix_addComment;
	public static String Fix_addReason;
	public static String Fix_addRemediation;
	public static String Fix_useHttps;
	public static String Fix_removeStatement;
	public static String Fix_addVerdicts;
	public static String Fix_judge;
	public static String Fix_pin;
	public static String Fix_repin;
	public static String Fix_repinSameStatus;
	public static String Fix_addNote;
	public static String Fix_removeVerdict;
	public static String Fix_changeTo;
	public static String Fix_changeToWithText;
	public static String Fix_replaceWith;
	public static String Outline_see;

	public static String Fix_confirmStale;
	public static String Fix_repinAnswer;
	public static String Fix_pinFile;
	public static String Fix_declareWeight;
	public static String Fix_moveTo;
	public static String Rename_noId;
	public static String Rename_sameName;
	public static String Rename_taken;
	public static String Rename_notAnId;
	static {
		NLS.initializeMessages(BUNDLE_NAME, IdeMessages.class);
	}

	private IdeMessages() {
	}
}
