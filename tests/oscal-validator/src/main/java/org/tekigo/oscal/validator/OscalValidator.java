package org.tekigo.oscal.validator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;

import org.json.JSONObject;
import org.json.JSONTokener;

import gov.nist.secauto.metaschema.binding.IBindingContext;
import gov.nist.secauto.metaschema.binding.io.Format;
import gov.nist.secauto.metaschema.model.common.validation.IValidationFinding;
import gov.nist.secauto.metaschema.model.common.validation.IValidationResult;
import gov.nist.secauto.oscal.lib.OscalBindingContext;

/**
 * Validates OSCAL files with NIST's liboscal-java: against OSCAL's JSON or XML schema, then
 * against the Metaschema constraints (allowed values, cross-references, required data). Prints
 * every finding with its file; exit status 0 when every file passes, 1 when one does not.
 * Tekigo's tests run it on what `tekigo export` writes; Tekigo itself does not depend on it.
 */
public final class OscalValidator {

	private OscalValidator() {
	}

	public static void main(String[] args) throws Exception {
		OscalBindingContext context = OscalBindingContext.instance();
		int failed = 0;
		for (String arg : args) {
			Path file = Path.of(arg);
			Format format = arg.endsWith(".xml") ? Format.XML : Format.JSON;
			IValidationResult schema = context.validate(file, format, SCHEMAS);
			IValidationResult constraints = schema.isPassing() ? context.validateWithConstraints(file) : IValidationResult.PASSING_RESULT;
			boolean passing = schema.isPassing() && constraints.isPassing();
			System.out.println((passing ? "valid: " : "INVALID: ") + file);
			for (IValidationResult result : List.of(schema, constraints)) {
				for (IValidationFinding finding : result.getFindings()) {
					System.out.println("  " + finding.getSeverity() + " " + finding.getMessage()
							+ (finding.getCause() == null ? "" : " (" + finding.getCause().getMessage() + ")"));
				}
			}
			failed += passing ? 0 : 1;
		}
		System.exit(failed == 0 ? 0 : 1);
	}

	/** OSCAL's schemas for all its models, as liboscal-java ships them. */
	private static final IBindingContext.IValidationSchemaProvider SCHEMAS = new IBindingContext.IValidationSchemaProvider() {
		@Override
		public JSONObject getJsonSchema() throws IOException {
			try (InputStream in = OscalBindingContext.class.getResourceAsStream("/schema/json/oscal-complete_schema.json")) {
				return new JSONObject(new JSONTokener(in));
			}
		}

		@Override
		public List<Source> getXmlSchemas() {
			return List.of(new StreamSource(OscalBindingContext.class.getResource("/schema/xml/oscal-complete_schema.xsd").toString()));
		}
	};
}
