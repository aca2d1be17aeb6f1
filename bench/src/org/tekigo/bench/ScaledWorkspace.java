package org.tekigo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a scaled Tekigo workspace: the sample's real guideline and catalog, and N disclosures
 * replicated from the sample disclosure "across vendors and years" ({@code vendor3-2025},
 * "Vendor 3 (2025)"), each varied deterministically from a seed: some statuses flipped, comment
 * texts varied, some comments dropped (so the warnings vary), remediation plans added to some
 * gaps. Every generated disclosure answers the same items as the sample, so the workspace stays
 * free of errors; only warnings change.
 *
 * <p>Scale 1 is the sample itself, copied unchanged. Usage:
 * {@code ScaledWorkspace <sample folder> <target folder> <disclosures> [seed]}.
 */
public final class ScaledWorkspace {

	public static final long DEFAULT_SEED = 20260601L;
	static final String GUIDELINE_FILE = "mhlw51.tekigo";
	/** The edition the guideline succeeds: it must be in the workspace for the guideline to link. */
	static final String EARLIER_GUIDELINE_FILE = "mhlw50.tekigo";
	/** The catalog related to that edition: what `tekigo migrate` is measured migrating to. */
	static final String EARLIER_CATALOG_FILE = "provider-mhlw50.tekigo";
	static final String CATALOG_FILE = "provider.tekigo";
	static final String DISCLOSURE_FILE = "chatwork.tekigo";
	static final int YEARS_PER_VENDOR = 3;
	static final int FIRST_YEAR = 2023;

	/* "\t1.3-②-1 [6.6/C/2] 不適合 "…" see shared-3": item, requirement, status, rest. */
	private static final Pattern ANSWER = Pattern.compile(
			"^\\t(\\S+)( \\[[^\\]]+\\])? (適合可能|不適合|対象外)(.*)$");
	/* A string literal at the start of the rest of an answer line. */
	private static final Pattern LEADING_STRING = Pattern.compile("^ (\"(?:\\\\.|[^\\\\\"])*\")(.*)$");
	private static final String[] STATUSES = { "適合可能", "不適合", "対象外" };
	private static final String[] COMMENT_ENDINGS = { "", "（{year}年度時点）", "（{vendor}の運用規程による）",
			"。詳細は別紙をご参照ください", "（{year}年{month}月改訂）", "。年次の内部監査で確認しています" };
	private static final String[] OWNERS = { "情報システム部", "セキュリティ委員会", "運用管理責任者", "品質保証部", "CISO室" };
	private static final String[] PLANS = { "{year}年度中に対策を導入する", "対応方針を検討し、次回開示で報告する",
			"外部監査の指摘に基づき手順を整備する", "システム更改時に機能を追加する" };

	private ScaledWorkspace() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: ScaledWorkspace <sample folder> <target folder> <disclosures> [seed]");
			System.exit(2);
		}
		long seed = args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SEED;
		Summary summary = write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), seed);
		System.out.println(summary);
	}

	public record Summary(Path folder, int disclosures, int answers, long bytes) {
	}

	/**
	 * Writes the workspace into {@code target} (emptied first). {@code disclosures == 1} copies the
	 * sample unchanged; more writes that many varied disclosures, one file each.
	 */
	public static Summary write(Path sample, Path target, int disclosures, long seed) throws IOException {
		deleteRecursively(target);
		Files.createDirectories(target);
		Files.copy(sample.resolve(GUIDELINE_FILE), target.resolve(GUIDELINE_FILE));
		for (String earlier : List.of(EARLIER_GUIDELINE_FILE, EARLIER_CATALOG_FILE)) {
			if (Files.exists(sample.resolve(earlier))) {
				Files.copy(sample.resolve(earlier), target.resolve(earlier));
			}
		}
		Files.copy(sample.resolve(CATALOG_FILE), target.resolve(CATALOG_FILE));
		List<String> lines = Files.readAllLines(sample.resolve(DISCLOSURE_FILE), StandardCharsets.UTF_8);
		int answersPerDisclosure = (int) lines.stream().filter(l -> ANSWER.matcher(l).matches()).count();
		if (disclosures == 1) {
			Files.copy(sample.resolve(DISCLOSURE_FILE), target.resolve(DISCLOSURE_FILE));
		} else {
			for (int index = 0; index < disclosures; index++) {
				int vendor = index / YEARS_PER_VENDOR + 1;
				int year = FIRST_YEAR + index % YEARS_PER_VENDOR;
				String text = vary(lines, vendor, year, new Random(seed * 1_000_003L + index));
				Files.writeString(target.resolve(id(vendor, year) + ".tekigo"), text, StandardCharsets.UTF_8);
			}
		}
		long bytes;
		try (Stream<Path> files = Files.list(target)) {
			bytes = files.mapToLong(p -> p.toFile().length()).sum();
		}
		return new Summary(target, disclosures, answersPerDisclosure * disclosures, bytes);
	}

	/** How many Tekigo files the workspace holds. */
	static long files(Path workspace) throws IOException {
		try (Stream<Path> files = Files.list(workspace)) {
			return files.filter(f -> f.toString().endsWith(".tekigo")).count();
		}
	}

	static String id(int vendor, int year) {
		return "vendor" + vendor + "-" + year;
	}

	/** One disclosure: the sample's lines with its header renamed and its answers varied. */
	static String vary(List<String> lines, int vendor, int year, Random random) {
		String vendorName = "Vendor " + vendor;
		StringBuilder out = new StringBuilder(64 * 1024);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.startsWith("disclosure ")) {
				out.append("disclosure ").append(id(vendor, year)).append(" \"").append(vendorName).append(" (")
						.append(year).append(")\" answers provider {\n");
				continue;
			}
			Matcher answer = ANSWER.matcher(line);
			if (!answer.matches()) {
				out.append(line).append('\n'); // statements, evidence lines, the closing brace
				continue;
			}
			// The answer's continuation lines (evidence) stay with it; a plan goes after them, before its pin.
			List<String> continuation = new ArrayList<>();
			String pin = null;
			while (i + 1 < lines.size() && lines.get(i + 1).startsWith("\t\t")) {
				String next = lines.get(++i);
				if (next.startsWith("\t\tpinned ")) {
					pin = next;
				} else {
					continuation.add(next);
				}
			}
			String status = answer.group(3);
			if (random.nextInt(100) < 12) { // about one answer in eight changes its status
				status = STATUSES[(indexOf(status) + 1 + random.nextInt(2)) % 3];
			}
			String rest = answer.group(4);
			Matcher string = LEADING_STRING.matcher(rest);
			if (string.matches()) {
				String literal = string.group(1);
				String after = string.group(2);
				int roll = random.nextInt(100);
				if (roll < 6) {
					rest = after; // comment dropped: 不適合/対象外 without reason warn, unless a statement is seen
				} else {
					String ending = COMMENT_ENDINGS[random.nextInt(COMMENT_ENDINGS.length)]
							.replace("{year}", Integer.toString(year)).replace("{vendor}", vendorName)
							.replace("{month}", Integer.toString(1 + random.nextInt(12)));
					rest = " " + literal.substring(0, literal.length() - 1) + ending + "\"" + after;
				}
			}
			out.append('\t').append(answer.group(1)).append(answer.group(2) == null ? "" : answer.group(2))
					.append(' ').append(status).append(rest).append('\n');
			for (String c : continuation) {
				out.append(c).append('\n');
			}
			if (status.equals("不適合") && random.nextInt(100) < 45) {
				String plan = PLANS[random.nextInt(PLANS.length)].replace("{year}", Integer.toString(year + 1));
				out.append("\t\tplan \"").append(plan).append('"');
				if (random.nextInt(100) < 80) {
					out.append(" owner \"").append(OWNERS[random.nextInt(OWNERS.length)]).append('"');
				}
				if (random.nextInt(100) < 70) {
					// Mostly ahead; about one in ten lies in the past (a warning, as in life).
					int dueYear = random.nextInt(10) == 0 ? 2020 + random.nextInt(3) : 2028 + random.nextInt(3);
					out.append(String.format(" due %04d-%02d-%02d", dueYear, 1 + random.nextInt(12), 1 + random.nextInt(28)));
				}
				out.append('\n');
			}
			if (pin != null) {
				out.append(pin).append('\n');
			}
		}
		return out.toString();
	}

	private static int indexOf(String status) {
		for (int i = 0; i < STATUSES.length; i++) {
			if (STATUSES[i].equals(status)) {
				return i;
			}
		}
		throw new IllegalArgumentException(status);
	}

	static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
