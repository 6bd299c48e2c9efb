package dev.newsie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The newsie/1 record as a Spark (Parquet) schema: the same fields, names, nesting and order as the JSON
 * of the output contract, so a row is a document: {@code entities[].mentions[]}, {@code triples[].subject},
 * {@code triples[].evidence}, ... Fields the JSON leaves out when they do not apply are null in a row.
 * {@link #json(Row)} turns a row back into exactly the line {@code newsie extract} writes.
 */
public final class ExtractionSchema {
    /**
     * The fields written only when they apply, by the array (or the document, "") that holds the object: null in
     * a row means absent from the JSON. Every other field is always written, null included ({@code docDate},
     * a triple's {@code date}).
     */
    private static final Map<String, Set<String>> OPTIONAL = Map.of(
            "", Set.of("url", "textSource", "text", "error"),
            "entities", Set.of("value", "iso3", "wikidata", "country", "sector", "countrySource", "actorCode"),
            "mentions", Set.of("pronoun", "description"),
            "triples", Set.of("relation", "role", "relationInverse", "symmetric", "event"),
            // objects inside objects: a triple's ends (country, sector as the actor acts there), its event (context)
            "-", Set.of("country", "sector", "context"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final StructType COUNTRY = struct(
            field("iso3", DataTypes.StringType), field("wikidata", DataTypes.StringType), field("name", DataTypes.StringType));
    private static final StructType REFERENCE = struct(
            field("id", DataTypes.StringType), field("name", DataTypes.StringType), field("type", DataTypes.StringType),
            field("country", COUNTRY), field("sector", DataTypes.StringType));
    private static final StructType MENTION = struct(
            field("text", DataTypes.StringType), field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("sentence", DataTypes.IntegerType), field("pronoun", DataTypes.BooleanType),
            field("description", DataTypes.BooleanType));
    private static final StructType ENTITY = struct(
            field("id", DataTypes.StringType), field("type", DataTypes.StringType), field("name", DataTypes.StringType),
            field("value", DataTypes.StringType), field("iso3", DataTypes.StringType), field("wikidata", DataTypes.StringType),
            field("country", COUNTRY), field("sector", DataTypes.StringType), field("countrySource", DataTypes.StringType),
            field("actorCode", DataTypes.StringType),
            field("mentions", DataTypes.createArrayType(MENTION, false)));
    private static final StructType TRIPLE = struct(
            field("subject", REFERENCE), field("predicate", DataTypes.StringType), field("relation", DataTypes.StringType),
            field("role", DataTypes.StringType), field("relationInverse", DataTypes.BooleanType), field("object", REFERENCE),
            field("text", DataTypes.StringType), field("sentence", DataTypes.IntegerType),
            field("evidence", struct(field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType))),
            field("negated", DataTypes.BooleanType), field("modality", DataTypes.StringType),
            field("date", struct(field("id", DataTypes.StringType), field("value", DataTypes.StringType))),
            field("confidence", DataTypes.DoubleType), field("symmetric", DataTypes.BooleanType),
            field("rule", DataTypes.StringType),
            field("event", struct(field("plover", DataTypes.StringType), field("cameo", DataTypes.StringType),
                    field("mode", DataTypes.StringType), field("context", DataTypes.StringType))));

    /**
     * One document: {@code schema}, {@code id}, {@code docDate}, {@code docDateSource}, {@code url}, {@code textSource}/{@code text}
     * (HTML input), {@code error}, {@code entities}, {@code triples}.
     */
    public static final StructType DOCUMENT = struct(
            field("schema", DataTypes.StringType), field("id", DataTypes.StringType), field("docDate", DataTypes.StringType),
            field("docDateSource", DataTypes.StringType), field("url", DataTypes.StringType), field("textSource", DataTypes.StringType), field("text", DataTypes.StringType),
            field("error", struct(field("kind", DataTypes.StringType), field("message", DataTypes.StringType))),
            field("entities", DataTypes.createArrayType(ENTITY, false)),
            field("triples", DataTypes.createArrayType(TRIPLE, false)));

    private ExtractionSchema() {
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    /** The JSON line of a document row, byte for byte as {@code newsie extract} writes it. */
    public static String json(Row row) {
        try {
            return JSON.writeValueAsString(object(row, ""));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document row as a JSON tree. */
    public static JsonNode tree(Row row) {
        return object(row, "");
    }

    /** A struct as a JSON object; {@code holder} is the array it is an element of ("" for the document). */
    private static ObjectNode object(Row row, String holder) {
        Set<String> optional = OPTIONAL.getOrDefault(holder, Set.of());
        ObjectNode node = JSON.createObjectNode();
        StructField[] fields = row.schema().fields();
        for (int i = 0; i < fields.length; i++) {
            String name = fields[i].name();
            if (row.isNullAt(i)) {
                if (!optional.contains(name)) {
                    node.putNull(name);
                }
                continue;
            }
            node.set(name, value(fields[i].dataType(), row.get(i), name));
        }
        return node;
    }

    private static JsonNode value(DataType type, Object value, String name) {
        if (type instanceof StructType) {
            return object((Row) value, "-");
        }
        if (type instanceof ArrayType array) {
            ArrayNode items = JSON.createArrayNode();
            for (Object item : listOf(value)) {
                items.add(item instanceof Row element ? object(element, name) : value(array.elementType(), item, name));
            }
            return items;
        }
        if (type == DataTypes.IntegerType) {
            return JSON.getNodeFactory().numberNode((Integer) value);
        }
        if (type == DataTypes.DoubleType) {
            return JSON.getNodeFactory().numberNode((Double) value);
        }
        if (type == DataTypes.BooleanType) {
            return JSON.getNodeFactory().booleanNode((Boolean) value);
        }
        return JSON.getNodeFactory().textNode(value.toString());
    }

    private static List<?> listOf(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        return scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) value);
    }
}
