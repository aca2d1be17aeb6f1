package org.tekigo.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes in a JFR recording: the methods most often on top of the sampled stacks
 * (self time), and the share of samples in which a method matching a pattern is anywhere on the
 * stack (inclusive time). Record with
 * {@code -XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename=x.jfr,settings=profile}.
 *
 * <p>{@code JfrTop <recording.jfr> [regex for the inclusive list] [lines]}
 */
public final class JfrTop {

	private JfrTop() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		Pattern pattern = Pattern.compile(args.length > 1 ? args[1] : "org\\.tekigo");
		int lines = args.length > 2 ? Integer.parseInt(args[2]) : 25;
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> inclusive = new HashMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (frames.isEmpty()) {
				continue;
			}
			samples++;
			self.merge(name(frames.get(0)), 1, Integer::sum);
			Set<String> seen = new HashSet<>();
			for (RecordedFrame frame : frames) {
				String name = name(frame);
				if (pattern.matcher(name).find() && seen.add(name)) {
					inclusive.merge(name, 1, Integer::sum);
				}
			}
		}
		System.out.println(samples + " execution samples in " + file);
		System.out.println("-- self (top of stack)");
		print(self, samples, lines);
		System.out.println("-- inclusive, methods matching " + pattern);
		print(inclusive, samples, lines);
	}

	private static String name(RecordedFrame frame) {
		RecordedMethod method = frame.getMethod();
		return method == null ? "?" : method.getType().getName() + "." + method.getName();
	}

	private static void print(Map<String, Integer> counts, int samples, int lines) {
		counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(lines)
				.forEach(e -> System.out.printf("%6d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / samples, e.getKey()));
	}
}
