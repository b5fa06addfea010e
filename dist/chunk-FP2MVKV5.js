"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_FP2MVKV5_exports = {};
__export(chunk_FP2MVKV5_exports, {
  SchemaRegistry: () => SchemaRegistry,
  lintSettings: () => lintSettings,
  runLintJob: () => runLintJob
});
module.exports = __toCommonJS(chunk_FP2MVKV5_exports);
var import_chunk_LWPY43F3 = require("./chunk-LWPY43F3.js");
var import_chunk_2CG4V7IG = require("./chunk-2CG4V7IG.js");
var import_chunk_CBQHX6JX = require("./chunk-CBQHX6JX.js");
var import_chunk_MJ6LNWCQ = require("./chunk-MJ6LNWCQ.js");
var import_chunk_Y3HCMOLU = require("./chunk-Y3HCMOLU.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_UDEI5ASV = require("./chunk-UDEI5ASV.js");
var import_chunk_HYYFA32R = require("./chunk-HYYFA32R.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var import_node_path = __toESM(require("node:path"));
var import_node_buffer = require("node:buffer");
var import_node_path2 = __toESM(require("node:path"));
var require_dynamicAnchor = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.dynamicAnchor = void 0;
    var codegen_1 = (0, import_chunk_UDEI5ASV.require_codegen)();
    var names_1 = (0, import_chunk_UDEI5ASV.require_names)();
    var compile_1 = (0, import_chunk_UDEI5ASV.require_compile)();
    var ref_1 = (0, import_chunk_UDEI5ASV.require_ref)();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports2.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports2.default = def;
  }
});
var require_dynamicRef = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.dynamicRef = void 0;
    var codegen_1 = (0, import_chunk_UDEI5ASV.require_codegen)();
    var names_1 = (0, import_chunk_UDEI5ASV.require_names)();
    var ref_1 = (0, import_chunk_UDEI5ASV.require_ref)();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports2.dynamicRef = dynamicRef;
    exports2.default = def;
  }
});
var require_recursiveAnchor = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = (0, import_chunk_UDEI5ASV.require_util)();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports2.default = def;
  }
});
var require_recursiveRef = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports2.default = def;
  }
});
var require_dynamic = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports2.default = dynamic;
  }
});
var require_dependentRequired = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dependencies_1 = (0, import_chunk_UDEI5ASV.require_dependencies)();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports2.default = def;
  }
});
var require_dependentSchemas = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dependencies_1 = (0, import_chunk_UDEI5ASV.require_dependencies)();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports2.default = def;
  }
});
var require_limitContains = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = (0, import_chunk_UDEI5ASV.require_util)();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports2.default = def;
  }
});
var require_next = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/vocabularies/next.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports2.default = next;
  }
});
var require_unevaluatedProperties = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = (0, import_chunk_UDEI5ASV.require_codegen)();
    var util_1 = (0, import_chunk_UDEI5ASV.require_util)();
    var names_1 = (0, import_chunk_UDEI5ASV.require_names)();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports2.default = def;
  }
});
var require_unevaluatedItems = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = (0, import_chunk_UDEI5ASV.require_codegen)();
    var util_1 = (0, import_chunk_UDEI5ASV.require_util)();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports2.default = def;
  }
});
var require_unevaluated = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports2.default = unevaluated;
  }
});
var require_schema = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2019-09/schema.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true,
        "https://json-schema.org/draft/2019-09/vocab/applicator": true,
        "https://json-schema.org/draft/2019-09/vocab/validation": true,
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true,
        "https://json-schema.org/draft/2019-09/vocab/format": false,
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      properties: {
        definitions: {
          $comment: "While no longer an official keyword as it is replaced by $defs, this keyword is retained in the meta-schema to prevent incompatible extensions as it remains in common use.",
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" is no longer a keyword, but schema authors should avoid redefining it to facilitate a smooth transition to "dependentSchemas" and "dependentRequired"',
          type: "object",
          additionalProperties: {
            anyOf: [{ $recursiveRef: "#" }, { $ref: "meta/validation#/$defs/stringArray" }]
          }
        }
      }
    };
  }
});
var require_applicator2 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/applicator": true
      },
      $recursiveAnchor: true,
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        additionalItems: { $recursiveRef: "#" },
        unevaluatedItems: { $recursiveRef: "#" },
        items: {
          anyOf: [{ $recursiveRef: "#" }, { $ref: "#/$defs/schemaArray" }]
        },
        contains: { $recursiveRef: "#" },
        additionalProperties: { $recursiveRef: "#" },
        unevaluatedProperties: { $recursiveRef: "#" },
        properties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: {
            $recursiveRef: "#"
          }
        },
        propertyNames: { $recursiveRef: "#" },
        if: { $recursiveRef: "#" },
        then: { $recursiveRef: "#" },
        else: { $recursiveRef: "#" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $recursiveRef: "#" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $recursiveRef: "#" }
        }
      }
    };
  }
});
var require_content = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        contentSchema: { $recursiveRef: "#" }
      }
    };
  }
});
var require_core3 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true
      },
      $recursiveAnchor: true,
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $anchor: {
          type: "string",
          pattern: "^[A-Za-z][-A-Za-z0-9.:_]*$"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveRef: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveAnchor: {
          type: "boolean",
          default: false
        },
        $vocabulary: {
          type: "object",
          propertyNames: {
            type: "string",
            format: "uri"
          },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        }
      }
    };
  }
});
var require_format2 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/format",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/format": true
      },
      $recursiveAnchor: true,
      title: "Format vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});
var require_meta_data = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true
      },
      $recursiveAnchor: true,
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});
var require_validation2 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/validation": true
      },
      $recursiveAnchor: true,
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});
var require_json_schema_2019_09 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2019-09/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var content = require_content();
    var core = require_core3();
    var format = require_format2();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2019($data) {
      ;
      [
        metaSchema,
        applicator,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports2.default = addMetaSchema2019;
  }
});
var require__ = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/2019.js"(exports2, module2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.MissingRefError = exports2.ValidationError = exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = exports2.Ajv2019 = void 0;
    var core_1 = (0, import_chunk_UDEI5ASV.require_core)();
    var draft7_1 = (0, import_chunk_UDEI5ASV.require_draft7)();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var discriminator_1 = (0, import_chunk_UDEI5ASV.require_discriminator)();
    var json_schema_2019_09_1 = require_json_schema_2019_09();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2019-09/schema";
    var Ajv20192 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        this.addVocabulary(dynamic_1.default);
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        this.addVocabulary(next_1.default);
        this.addVocabulary(unevaluated_1.default);
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2019_09_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports2.Ajv2019 = Ajv20192;
    module2.exports = exports2 = Ajv20192;
    module2.exports.Ajv2019 = Ajv20192;
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.default = Ajv20192;
    var validate_1 = (0, import_chunk_UDEI5ASV.require_validate)();
    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = (0, import_chunk_UDEI5ASV.require_codegen)();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = (0, import_chunk_UDEI5ASV.require_validation_error)();
    Object.defineProperty(exports2, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = (0, import_chunk_UDEI5ASV.require_ref_error)();
    Object.defineProperty(exports2, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});
var require_draft2020 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var core_1 = (0, import_chunk_UDEI5ASV.require_core2)();
    var validation_1 = (0, import_chunk_UDEI5ASV.require_validation)();
    var applicator_1 = (0, import_chunk_UDEI5ASV.require_applicator)();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = (0, import_chunk_UDEI5ASV.require_format)();
    var metadata_1 = (0, import_chunk_UDEI5ASV.require_metadata)();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports2.default = draft2020Vocabularies;
  }
});
var require_schema2 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});
var require_applicator3 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});
var require_unevaluated2 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});
var require_content2 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});
var require_core4 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});
var require_format_annotation = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});
var require_meta_data2 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});
var require_validation3 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});
var require_json_schema_2020_12 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var metaSchema = require_schema2();
    var applicator = require_applicator3();
    var unevaluated = require_unevaluated2();
    var content = require_content2();
    var core = require_core4();
    var format = require_format_annotation();
    var metadata = require_meta_data2();
    var validation = require_validation3();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports2.default = addMetaSchema2020;
  }
});
var require__2 = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv/dist/2020.js"(exports2, module2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.MissingRefError = exports2.ValidationError = exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = exports2.Ajv2020 = void 0;
    var core_1 = (0, import_chunk_UDEI5ASV.require_core)();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = (0, import_chunk_UDEI5ASV.require_discriminator)();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports2.Ajv2020 = Ajv20202;
    module2.exports = exports2 = Ajv20202;
    module2.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.default = Ajv20202;
    var validate_1 = (0, import_chunk_UDEI5ASV.require_validate)();
    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = (0, import_chunk_UDEI5ASV.require_codegen)();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = (0, import_chunk_UDEI5ASV.require_validation_error)();
    Object.defineProperty(exports2, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = (0, import_chunk_UDEI5ASV.require_ref_error)();
    Object.defineProperty(exports2, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});
var require_formats = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv-formats/dist/formats.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.formatNames = exports2.fastFormats = exports2.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports2.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports2.fastFormats = {
      ...exports2.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports2.formatNames = Object.keys(exports2.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});
var require_limit = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv-formats/dist/limit.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.formatLimitDefinition = void 0;
    var ajv_1 = (0, import_chunk_UDEI5ASV.require_ajv)();
    var codegen_1 = (0, import_chunk_UDEI5ASV.require_codegen)();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports2.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports2.formatLimitDefinition);
      return ajv;
    };
    exports2.default = formatLimitPlugin;
  }
});
var require_dist = (0, import_chunk_75QCMCYK.__commonJS)({
  "node_modules/ajv-formats/dist/index.js"(exports2, module2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = (0, import_chunk_UDEI5ASV.require_codegen)();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin2 = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin2.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module2.exports = exports2 = formatsPlugin2;
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.default = formatsPlugin2;
  }
});
var DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
var DEFAULT_MARKERS = {
  production: ["backtest", "staging", "sandbox", "localhost", "127.0.0.1"]
};
function level(value, fallback) {
  if (typeof value === "string") return value;
  const severity = value?.severity;
  return severity ?? fallback;
}
var UNITS = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
function parseSize(text) {
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*(B|KB|MB|GB)$/.exec(text.trim());
  return m ? Math.round(Number(m[1]) * UNITS[m[2]]) : DEFAULT_MAX_FILE_BYTES;
}
function lintSettings(config) {
  const block = Array.isArray(config.lint) ? { targets: config.lint } : config.lint ?? {};
  const r = block.rules ?? {};
  const leak = r["env-leak"];
  const paths = r["paths-exist"];
  const keys = typeof paths === "object" ? paths.keys ?? [] : [];
  return {
    targets: block.targets ?? [],
    maxFileBytes: block.max_file_size ? parseSize(block.max_file_size) : DEFAULT_MAX_FILE_BYTES,
    rules: {
      "env-leak": {
        severity: level(leak, "error"),
        markers: (typeof leak === "object" ? leak.markers : void 0) ?? DEFAULT_MARKERS
      },
      secrets: { severity: level(r.secrets, "error") },
      "yaml-truthy": { severity: level(r["yaml-truthy"], "warning") },
      "duplicate-key": { severity: level(r["duplicate-key"], "error") },
      // Off unless keys are configured: output paths may not exist before the pipeline runs.
      "paths-exist": { severity: keys.length ? level(paths, "error") : "off", keys }
    }
  };
}
var import_ajv = (0, import_chunk_75QCMCYK.__toESM)((0, import_chunk_UDEI5ASV.require_ajv)(), 1);
var import__ = (0, import_chunk_75QCMCYK.__toESM)(require__(), 1);
var import__2 = (0, import_chunk_75QCMCYK.__toESM)(require__2(), 1);
var import_ajv_formats = (0, import_chunk_75QCMCYK.__toESM)(require_dist(), 1);
var BUILTIN_SCHEMAS = {
  dvc: async () => (await Promise.resolve().then(() => __toESM(require("./chunk-RZ2PNJMP.js")))).default,
  "mlflow-project": async () => (await Promise.resolve().then(() => __toESM(require("./chunk-E5AIZ7KR.js")))).default,
  "kedro-catalog": async () => (await Promise.resolve().then(() => __toESM(require("./chunk-4CL2VJAN.js")))).default,
  mlgate: async () => (await Promise.resolve().then(() => __toESM(require("./chunk-L4RLKY7K.js")))).default
};
var import_equal = (0, import_chunk_75QCMCYK.__toESM)((0, import_chunk_UDEI5ASV.require_equal)(), 1);
var equal = { default: typeof import_equal.default === "function" ? import_equal.default : import_equal.default.default };
var meta_draft07_generated_default = validate0;
var schema0 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "http://json-schema.org/draft-07/schema#", "title": "Core schema meta-schema", "definitions": { "schemaArray": { "type": "array", "minItems": 1, "items": { "$ref": "#" } }, "nonNegativeInteger": { "type": "integer", "minimum": 0 }, "nonNegativeIntegerDefault0": { "allOf": [{ "$ref": "#/definitions/nonNegativeInteger" }, { "default": 0 }] }, "simpleTypes": { "enum": ["array", "boolean", "integer", "null", "number", "object", "string"] }, "stringArray": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "default": [] } }, "type": ["object", "boolean"], "properties": { "$id": { "type": "string", "format": "uri-reference" }, "$schema": { "type": "string", "format": "uri" }, "$ref": { "type": "string", "format": "uri-reference" }, "$comment": { "type": "string" }, "title": { "type": "string" }, "description": { "type": "string" }, "default": true, "readOnly": { "type": "boolean", "default": false }, "examples": { "type": "array", "items": true }, "multipleOf": { "type": "number", "exclusiveMinimum": 0 }, "maximum": { "type": "number" }, "exclusiveMaximum": { "type": "number" }, "minimum": { "type": "number" }, "exclusiveMinimum": { "type": "number" }, "maxLength": { "$ref": "#/definitions/nonNegativeInteger" }, "minLength": { "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "pattern": { "type": "string", "format": "regex" }, "additionalItems": { "$ref": "#" }, "items": { "anyOf": [{ "$ref": "#" }, { "$ref": "#/definitions/schemaArray" }], "default": true }, "maxItems": { "$ref": "#/definitions/nonNegativeInteger" }, "minItems": { "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "uniqueItems": { "type": "boolean", "default": false }, "contains": { "$ref": "#" }, "maxProperties": { "$ref": "#/definitions/nonNegativeInteger" }, "minProperties": { "$ref": "#/definitions/nonNegativeIntegerDefault0" }, "required": { "$ref": "#/definitions/stringArray" }, "additionalProperties": { "$ref": "#" }, "definitions": { "type": "object", "additionalProperties": { "$ref": "#" }, "default": {} }, "properties": { "type": "object", "additionalProperties": { "$ref": "#" }, "default": {} }, "patternProperties": { "type": "object", "additionalProperties": { "$ref": "#" }, "propertyNames": { "format": "regex" }, "default": {} }, "dependencies": { "type": "object", "additionalProperties": { "anyOf": [{ "$ref": "#" }, { "$ref": "#/definitions/stringArray" }] } }, "propertyNames": { "$ref": "#" }, "const": true, "enum": { "type": "array", "items": true, "minItems": 1, "uniqueItems": true }, "type": { "anyOf": [{ "$ref": "#/definitions/simpleTypes" }, { "type": "array", "items": { "$ref": "#/definitions/simpleTypes" }, "minItems": 1, "uniqueItems": true }] }, "format": { "type": "string" }, "contentMediaType": { "type": "string" }, "contentEncoding": { "type": "string" }, "if": { "$ref": "#" }, "then": { "$ref": "#" }, "else": { "$ref": "#" }, "allOf": { "$ref": "#/definitions/schemaArray" }, "anyOf": { "$ref": "#/definitions/schemaArray" }, "oneOf": { "$ref": "#/definitions/schemaArray" }, "not": { "$ref": "#" } }, "default": true };
var schema1 = { "type": "integer", "minimum": 0 };
var schema7 = { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "default": [] };
var schema9 = { "enum": ["array", "boolean", "integer", "null", "number", "object", "string"] };
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)))) {
    const err0 = { instancePath, schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema1.type, parentSchema: schema1, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number") {
    if (data < 0 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate1.errors = vErrors;
  return errors === 0;
}
var schema4 = { "type": "array", "minItems": 1, "items": { "$ref": "#" } };
var root0 = { validate: validate0 };
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema4, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!root0.validate(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? root0.validate.errors : vErrors.concat(root0.validate.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema4.type, parentSchema: schema4, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate3.errors = vErrors;
  return errors === 0;
}
var func0 = equal.default;
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && typeof data !== "boolean") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema0.type }, message: "must be object,boolean", schema: schema0.type, parentSchema: schema0, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.$id !== void 0) {
      let data0 = data.$id;
      if (!(typeof data0 === "string")) {
        const err1 = { instancePath: instancePath + "/$id", schemaPath: "#/properties/%24id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.$id.type, parentSchema: schema0.properties.$id, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data1 = data.$schema;
      if (!(typeof data1 === "string")) {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.$schema.type, parentSchema: schema0.properties.$schema, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$ref !== void 0) {
      let data2 = data.$ref;
      if (!(typeof data2 === "string")) {
        const err3 = { instancePath: instancePath + "/$ref", schemaPath: "#/properties/%24ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.$ref.type, parentSchema: schema0.properties.$ref, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$comment !== void 0) {
      let data3 = data.$comment;
      if (typeof data3 !== "string") {
        const err4 = { instancePath: instancePath + "/$comment", schemaPath: "#/properties/%24comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.$comment.type, parentSchema: schema0.properties.$comment, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data4 = data.title;
      if (typeof data4 !== "string") {
        const err5 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.title.type, parentSchema: schema0.properties.title, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data5 = data.description;
      if (typeof data5 !== "string") {
        const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.description.type, parentSchema: schema0.properties.description, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data6 = data.readOnly;
      if (typeof data6 !== "boolean") {
        const err7 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.readOnly.type, parentSchema: schema0.properties.readOnly, data: data6 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.examples !== void 0) {
      let data7 = data.examples;
      if (!Array.isArray(data7)) {
        const err8 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.examples.type, parentSchema: schema0.properties.examples, data: data7 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.multipleOf !== void 0) {
      let data8 = data.multipleOf;
      if (typeof data8 == "number") {
        if (data8 <= 0 || isNaN(data8)) {
          const err9 = { instancePath: instancePath + "/multipleOf", schemaPath: "#/properties/multipleOf/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema0.properties.multipleOf, data: data8 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/multipleOf", schemaPath: "#/properties/multipleOf/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.multipleOf.type, parentSchema: schema0.properties.multipleOf, data: data8 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.maximum !== void 0) {
      let data9 = data.maximum;
      if (!(typeof data9 == "number")) {
        const err11 = { instancePath: instancePath + "/maximum", schemaPath: "#/properties/maximum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.maximum.type, parentSchema: schema0.properties.maximum, data: data9 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.exclusiveMaximum !== void 0) {
      let data10 = data.exclusiveMaximum;
      if (!(typeof data10 == "number")) {
        const err12 = { instancePath: instancePath + "/exclusiveMaximum", schemaPath: "#/properties/exclusiveMaximum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.exclusiveMaximum.type, parentSchema: schema0.properties.exclusiveMaximum, data: data10 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.minimum !== void 0) {
      let data11 = data.minimum;
      if (!(typeof data11 == "number")) {
        const err13 = { instancePath: instancePath + "/minimum", schemaPath: "#/properties/minimum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.minimum.type, parentSchema: schema0.properties.minimum, data: data11 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.exclusiveMinimum !== void 0) {
      let data12 = data.exclusiveMinimum;
      if (!(typeof data12 == "number")) {
        const err14 = { instancePath: instancePath + "/exclusiveMinimum", schemaPath: "#/properties/exclusiveMinimum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.exclusiveMinimum.type, parentSchema: schema0.properties.exclusiveMinimum, data: data12 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.maxLength !== void 0) {
      let data13 = data.maxLength;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
        const err15 = { instancePath: instancePath + "/maxLength", schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema1.type, parentSchema: schema1, data: data13 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data13 == "number") {
        if (data13 < 0 || isNaN(data13)) {
          const err16 = { instancePath: instancePath + "/maxLength", schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1, data: data13 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.minLength !== void 0) {
      if (!validate1(data.minLength, { instancePath: instancePath + "/minLength", parentData: data, parentDataProperty: "minLength", rootData })) {
        vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
        errors = vErrors.length;
      }
    }
    if (data.pattern !== void 0) {
      let data15 = data.pattern;
      if (!(typeof data15 === "string")) {
        const err17 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.pattern.type, parentSchema: schema0.properties.pattern, data: data15 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.additionalItems !== void 0) {
      if (!validate0(data.additionalItems, { instancePath: instancePath + "/additionalItems", parentData: data, parentDataProperty: "additionalItems", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.items !== void 0) {
      let data17 = data.items;
      const _errs35 = errors;
      let valid2 = false;
      const _errs36 = errors;
      if (!validate0(data17, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs36 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs37 = errors;
        if (!validate3(data17, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData })) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs37 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err18 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.items.anyOf, parentSchema: schema0.properties.items, data: data17 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs35;
        if (vErrors !== null) {
          if (_errs35) {
            vErrors.length = _errs35;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.maxItems !== void 0) {
      let data18 = data.maxItems;
      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
        const err19 = { instancePath: instancePath + "/maxItems", schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema1.type, parentSchema: schema1, data: data18 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data18 == "number") {
        if (data18 < 0 || isNaN(data18)) {
          const err20 = { instancePath: instancePath + "/maxItems", schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1, data: data18 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.minItems !== void 0) {
      if (!validate1(data.minItems, { instancePath: instancePath + "/minItems", parentData: data, parentDataProperty: "minItems", rootData })) {
        vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
        errors = vErrors.length;
      }
    }
    if (data.uniqueItems !== void 0) {
      let data20 = data.uniqueItems;
      if (typeof data20 !== "boolean") {
        const err21 = { instancePath: instancePath + "/uniqueItems", schemaPath: "#/properties/uniqueItems/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.uniqueItems.type, parentSchema: schema0.properties.uniqueItems, data: data20 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.contains !== void 0) {
      if (!validate0(data.contains, { instancePath: instancePath + "/contains", parentData: data, parentDataProperty: "contains", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxProperties !== void 0) {
      let data22 = data.maxProperties;
      if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
        const err22 = { instancePath: instancePath + "/maxProperties", schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema1.type, parentSchema: schema1, data: data22 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data22 == "number") {
        if (data22 < 0 || isNaN(data22)) {
          const err23 = { instancePath: instancePath + "/maxProperties", schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1, data: data22 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.minProperties !== void 0) {
      if (!validate1(data.minProperties, { instancePath: instancePath + "/minProperties", parentData: data, parentDataProperty: "minProperties", rootData })) {
        vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
        errors = vErrors.length;
      }
    }
    if (data.required !== void 0) {
      let data24 = data.required;
      if (Array.isArray(data24)) {
        const len0 = data24.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data25 = data24[i0];
          if (typeof data25 !== "string") {
            const err24 = { instancePath: instancePath + "/required/" + i0, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.items.type, parentSchema: schema7.items, data: data25 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i1 = data24.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data24[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err25 = { instancePath: instancePath + "/required", schemaPath: "#/definitions/stringArray/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema7, data: data24 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/required", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema7.type, parentSchema: schema7, data: data24 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.additionalProperties !== void 0) {
      if (!validate0(data.additionalProperties, { instancePath: instancePath + "/additionalProperties", parentData: data, parentDataProperty: "additionalProperties", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.definitions !== void 0) {
      let data27 = data.definitions;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (const key0 in data27) {
          if (!validate0(data27[key0], { instancePath: instancePath + "/definitions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data27, parentDataProperty: key0, rootData })) {
            vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.definitions.type, parentSchema: schema0.properties.definitions, data: data27 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      let data29 = data.properties;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key1 in data29) {
          if (!validate0(data29[key1], { instancePath: instancePath + "/properties/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data29, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.properties.type, parentSchema: schema0.properties.properties, data: data29 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.patternProperties !== void 0) {
      let data31 = data.patternProperties;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key2 in data31) {
          const _errs65 = errors;
          var valid11 = _errs65 === errors;
          if (!valid11) {
            const err29 = { instancePath: instancePath + "/patternProperties", schemaPath: "#/properties/patternProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema0.properties.patternProperties.propertyNames, parentSchema: schema0.properties.patternProperties, data: data31 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        for (const key3 in data31) {
          if (!validate0(data31[key3], { instancePath: instancePath + "/patternProperties/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data31, parentDataProperty: key3, rootData })) {
            vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/patternProperties", schemaPath: "#/properties/patternProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.patternProperties.type, parentSchema: schema0.properties.patternProperties, data: data31 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.dependencies !== void 0) {
      let data33 = data.dependencies;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        for (const key4 in data33) {
          let data34 = data33[key4];
          const _errs72 = errors;
          let valid14 = false;
          const _errs73 = errors;
          if (!validate0(data34, { instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data33, parentDataProperty: key4, rootData })) {
            vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs73 === errors;
          valid14 = valid14 || _valid1;
          if (!valid14) {
            const _errs74 = errors;
            if (Array.isArray(data34)) {
              const len1 = data34.length;
              for (let i2 = 0; i2 < len1; i2++) {
                let data35 = data34[i2];
                if (typeof data35 !== "string") {
                  const err31 = { instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.items.type, parentSchema: schema7.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
              let i3 = data34.length;
              let j1;
              if (i3 > 1) {
                const indices1 = {};
                for (; i3--; ) {
                  let item1 = data34[i3];
                  if (typeof item1 !== "string") {
                    continue;
                  }
                  if (typeof indices1[item1] == "number") {
                    j1 = indices1[item1];
                    const err32 = { instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringArray/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema7, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                    break;
                  }
                  indices1[item1] = i3;
                }
              }
            } else {
              const err33 = { instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema7.type, parentSchema: schema7, data: data34 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            var _valid1 = _errs74 === errors;
            valid14 = valid14 || _valid1;
          }
          if (!valid14) {
            const err34 = { instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.dependencies.additionalProperties.anyOf, parentSchema: schema0.properties.dependencies.additionalProperties, data: data34 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          } else {
            errors = _errs72;
            if (vErrors !== null) {
              if (_errs72) {
                vErrors.length = _errs72;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.dependencies.type, parentSchema: schema0.properties.dependencies, data: data33 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.propertyNames !== void 0) {
      if (!validate0(data.propertyNames, { instancePath: instancePath + "/propertyNames", parentData: data, parentDataProperty: "propertyNames", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.enum !== void 0) {
      let data37 = data.enum;
      if (Array.isArray(data37)) {
        if (data37.length < 1) {
          const err36 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.enum, data: data37 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        let i4 = data37.length;
        let j2;
        if (i4 > 1) {
          outer0: for (; i4--; ) {
            for (j2 = i4; j2--; ) {
              if (func0(data37[i4], data37[j2])) {
                const err37 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i4 + " are identical)", schema: true, parentSchema: schema0.properties.enum, data: data37 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.enum.type, parentSchema: schema0.properties.enum, data: data37 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data38 = data.type;
      const _errs83 = errors;
      let valid20 = false;
      const _errs84 = errors;
      if (!(data38 === "array" || data38 === "boolean" || data38 === "integer" || data38 === "null" || data38 === "number" || data38 === "object" || data38 === "string")) {
        const err39 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/simpleTypes/enum", keyword: "enum", params: { allowedValues: schema9.enum }, message: "must be equal to one of the allowed values", schema: schema9.enum, parentSchema: schema9, data: data38 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      var _valid2 = _errs84 === errors;
      valid20 = valid20 || _valid2;
      if (!valid20) {
        const _errs86 = errors;
        if (Array.isArray(data38)) {
          if (data38.length < 1) {
            const err40 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.type.anyOf[1], data: data38 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          const len2 = data38.length;
          for (let i5 = 0; i5 < len2; i5++) {
            let data39 = data38[i5];
            if (!(data39 === "array" || data39 === "boolean" || data39 === "integer" || data39 === "null" || data39 === "number" || data39 === "object" || data39 === "string")) {
              const err41 = { instancePath: instancePath + "/type/" + i5, schemaPath: "#/definitions/simpleTypes/enum", keyword: "enum", params: { allowedValues: schema9.enum }, message: "must be equal to one of the allowed values", schema: schema9.enum, parentSchema: schema9, data: data39 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
          let i6 = data38.length;
          let j3;
          if (i6 > 1) {
            outer1: for (; i6--; ) {
              for (j3 = i6; j3--; ) {
                if (func0(data38[i6], data38[j3])) {
                  const err42 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i6 + " are identical)", schema: true, parentSchema: schema0.properties.type.anyOf[1], data: data38 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
          }
        } else {
          const err43 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.type.anyOf[1].type, parentSchema: schema0.properties.type.anyOf[1], data: data38 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        var _valid2 = _errs86 === errors;
        valid20 = valid20 || _valid2;
      }
      if (!valid20) {
        const err44 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.type.anyOf, parentSchema: schema0.properties.type, data: data38 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      } else {
        errors = _errs83;
        if (vErrors !== null) {
          if (_errs83) {
            vErrors.length = _errs83;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.format !== void 0) {
      let data40 = data.format;
      if (typeof data40 !== "string") {
        const err45 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.format.type, parentSchema: schema0.properties.format, data: data40 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.contentMediaType !== void 0) {
      let data41 = data.contentMediaType;
      if (typeof data41 !== "string") {
        const err46 = { instancePath: instancePath + "/contentMediaType", schemaPath: "#/properties/contentMediaType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.contentMediaType.type, parentSchema: schema0.properties.contentMediaType, data: data41 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.contentEncoding !== void 0) {
      let data42 = data.contentEncoding;
      if (typeof data42 !== "string") {
        const err47 = { instancePath: instancePath + "/contentEncoding", schemaPath: "#/properties/contentEncoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.contentEncoding.type, parentSchema: schema0.properties.contentEncoding, data: data42 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.if !== void 0) {
      if (!validate0(data.if, { instancePath: instancePath + "/if", parentData: data, parentDataProperty: "if", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.then !== void 0) {
      if (!validate0(data.then, { instancePath: instancePath + "/then", parentData: data, parentDataProperty: "then", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.else !== void 0) {
      if (!validate0(data.else, { instancePath: instancePath + "/else", parentData: data, parentDataProperty: "else", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.allOf !== void 0) {
      if (!validate3(data.allOf, { instancePath: instancePath + "/allOf", parentData: data, parentDataProperty: "allOf", rootData })) {
        vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
        errors = vErrors.length;
      }
    }
    if (data.anyOf !== void 0) {
      if (!validate3(data.anyOf, { instancePath: instancePath + "/anyOf", parentData: data, parentDataProperty: "anyOf", rootData })) {
        vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
        errors = vErrors.length;
      }
    }
    if (data.oneOf !== void 0) {
      if (!validate3(data.oneOf, { instancePath: instancePath + "/oneOf", parentData: data, parentDataProperty: "oneOf", rootData })) {
        vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
        errors = vErrors.length;
      }
    }
    if (data.not !== void 0) {
      if (!validate0(data.not, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
  }
  validate0.errors = vErrors;
  return errors === 0;
}
var ENV_KEYWORD = "x-mlgate-env";
function applyEnvironment(schema, environment) {
  return transform(schema, environment);
}
function transform(node, environment) {
  if (Array.isArray(node)) return node.map((n) => transform(n, environment));
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === ENV_KEYWORD) continue;
    out[k] = transform(v, environment);
  }
  const byEnv = node[ENV_KEYWORD];
  if (environment !== void 0 && byEnv && typeof byEnv === "object" && !Array.isArray(byEnv) && Object.hasOwn(byEnv, environment)) {
    const extra = transform(byEnv[environment], environment);
    out.allOf = [...Array.isArray(out.allOf) ? out.allOf : [], extra];
  }
  return out;
}
var addFormats = import_ajv_formats.default;
var MAX_SCHEMA_BYTES = 5 * 1024 * 1024;
var REPO = "repo:///";
var META_SCHEMAS = {
  "07": "http://json-schema.org/draft-07/schema",
  "2019": "https://json-schema.org/draft/2019-09/schema",
  "2020": "https://json-schema.org/draft/2020-12/schema"
};
function findPattern(node, pattern, at = []) {
  if (node === null || typeof node !== "object") return void 0;
  for (const [k, v] of Object.entries(node)) {
    if (k === "pattern" && v === pattern) return [...at, k];
    if (k === "patternProperties" && v && typeof v === "object" && Object.hasOwn(v, pattern))
      return [...at, k, pattern];
    const found = findPattern(v, pattern, [...at, Array.isArray(node) ? Number(k) : k]);
    if (found) return found;
  }
  return void 0;
}
function draftOf(schema) {
  const s = String(schema.$schema ?? "");
  if (s.includes("2020-12")) return "2020";
  if (s.includes("2019-09")) return "2019";
  return "07";
}
function newAjv(draft) {
  const options = { ...import_chunk_UDEI5ASV.AJV_OPTIONS, validateSchema: false, logger: false };
  const ajv = draft === "2020" ? new import__2.Ajv2020(options) : draft === "2019" ? new import__.Ajv2019(options) : new import_ajv.Ajv(options);
  addFormats(ajv);
  return ajv;
}
function refsOf(schema) {
  const out = [];
  const stack = [schema];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) {
        if ((k === "$ref" || k === "$dynamicRef") && typeof v === "string") out.push(v);
        else stack.push(v);
      }
    }
  }
  return out;
}
var SchemaRegistry = class {
  constructor(workspace, environment, configFile) {
    this.workspace = workspace;
    this.environment = environment;
    this.configFile = configFile;
  }
  workspace;
  environment;
  configFile;
  loaded = /* @__PURE__ */ new Map();
  /** By URI, and by URI + NUL + `base` for the variant without `x-mlgate-env`. */
  compiled = /* @__PURE__ */ new Map();
  uncompilable = /* @__PURE__ */ new Set();
  metaCheckers = /* @__PURE__ */ new Map();
  /** Problems with schemas, each reported once. */
  diagnostics = [];
  problem(code, message, file, hint) {
    this.diagnostics.push({
      code,
      severity: "error",
      message,
      file,
      range: import_chunk_Y3HCMOLU.FILE_START,
      ...hint ? { hint } : {}
    });
  }
  refs = /* @__PURE__ */ new Map();
  /**
   * Load `ref` (a repo path or builtin:NAME) and everything it references; the URI, or undefined
   * when it or anything it references cannot be used. Each ref is loaded, and reported, once.
   */
  load(ref) {
    let result = this.refs.get(ref);
    if (!result) {
      result = this.loadRef(ref);
      this.refs.set(ref, result);
    }
    return result;
  }
  async loadRef(ref) {
    if (ref.startsWith("builtin:")) {
      const name = ref.slice("builtin:".length);
      const load = Object.hasOwn(BUILTIN_SCHEMAS, name) ? BUILTIN_SCHEMAS[name] : void 0;
      if (!load) {
        this.problem(
          "schema/unknown-builtin",
          `unknown built-in schema "${ref}"`,
          this.configFile,
          `Built-in schemas: ${Object.keys(BUILTIN_SCHEMAS).map((n) => `builtin:${n}`).join(", ")}.`
        );
        return void 0;
      }
      const uri = ref;
      if (!this.loaded.has(uri)) {
        const schema = await load();
        this.loaded.set(uri, { uri, name: ref, schema, draft: draftOf(schema) });
      }
      return uri;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) {
      this.problem(
        "schema/remote-ref",
        `schema "${ref}" is remote; mlgate does not fetch schemas at lint time`,
        this.configFile,
        "Commit the schema to the repository and name its path."
      );
      return void 0;
    }
    return await this.loadFile(ref.replace(/^\.\//, ""), this.configFile) ? REPO + ref.replace(/^\.\//, "") : void 0;
  }
  async loadFile(file, from) {
    const uri = REPO + file;
    if (this.loaded.has(uri)) return this.loaded.get(uri) !== null;
    this.loaded.set(uri, null);
    let text;
    try {
      text = await this.workspace.readText(file, MAX_SCHEMA_BYTES);
    } catch (err) {
      this.problem("schema/missing", `cannot read schema ${file}: ${err.message}`, from);
      return false;
    }
    const parsed = (0, import_chunk_LWPY43F3.parseFile)(text, file);
    const doc = parsed.documents[0];
    if (parsed.diagnostics.some((d) => d.severity === "error") || !doc) {
      this.diagnostics.push(
        ...parsed.diagnostics.map((d) => ({ ...d, code: `schema/${d.code.replace("/", "-")}` }))
      );
      return false;
    }
    if (doc.data === null || typeof doc.data !== "object" || Array.isArray(doc.data)) {
      this.problem(
        "schema/invalid-schema",
        `${file} is not a JSON Schema (expected a mapping at the top)`,
        file
      );
      return false;
    }
    const schema = { ...doc.data, $id: uri };
    const draft = draftOf(schema);
    const metaValidate = draft === "07" ? meta_draft07_generated_default : this.metaChecker(draft).getSchema(META_SCHEMAS[draft]);
    if (metaValidate && !metaValidate(schema)) {
      for (const d of (0, import_chunk_CBQHX6JX.describeErrors)(metaValidate.errors ?? [], doc, file)) {
        this.diagnostics.push({
          ...d,
          code: "schema/invalid-schema",
          message: `${file} is not a valid JSON Schema: ${d.message}`
        });
      }
      return false;
    }
    this.loaded.set(uri, { uri, name: file, schema, draft, doc });
    let ok = true;
    for (const ref of refsOf(schema)) {
      const target = ref.split("#")[0];
      if (target === "") continue;
      const resolved = new URL(target, uri);
      if (resolved.protocol !== "repo:") {
        if (/^https?:\/\/json-schema\.org\//.test(resolved.href)) continue;
        this.problem(
          "schema/remote-ref",
          `${file} refers to ${resolved.href}; mlgate does not fetch schemas over the network`,
          file,
          "Commit the referenced schema to the repository and refer to it by a relative path."
        );
        ok = false;
        continue;
      }
      const target2 = import_node_path.default.posix.normalize(
        import_node_path.default.posix.join(import_node_path.default.posix.dirname(file), decodeURIComponent(target))
      );
      if (target.startsWith("/") || target2.startsWith("../")) {
        this.problem("schema/outside-ref", `${file} refers to ${target}, outside the repository`, file);
        ok = false;
        continue;
      }
      ok = await this.loadFile(target2, file) && ok;
    }
    return ok;
  }
  metaChecker(draft) {
    let ajv = this.metaCheckers.get(draft);
    if (!ajv) {
      ajv = newAjv(draft);
      this.metaCheckers.set(draft, ajv);
    }
    return ajv;
  }
  /**
   * The compiled validator for a loaded URI, specialised to this run's environment; with
   * `inEnvironment` false, for a file of another environment, every `x-mlgate-env` part is dropped.
   */
  validator(uri, inEnvironment = true) {
    const key = inEnvironment ? uri : `${uri}\0base`;
    if (this.compiled.has(key)) return this.compiled.get(key) ?? void 0;
    const root = this.loaded.get(uri);
    if (!root) return void 0;
    const environment = inEnvironment ? this.environment : void 0;
    const ajv = newAjv(root.draft);
    for (const s of this.loaded.values()) {
      if (!s || s.uri === uri) continue;
      const { $schema: _, ...rest } = applyEnvironment(s.schema, environment);
      ajv.addSchema({ ...rest, $id: s.uri }, s.uri);
    }
    let fn = null;
    try {
      fn = ajv.compile({ ...applyEnvironment(root.schema, environment), $id: uri });
    } catch (err) {
      if (err instanceof import_chunk_HYYFA32R.UnsupportedPatternError) {
        if (!this.uncompilable.has(uri)) {
          this.uncompilable.add(uri);
          this.unsupportedPattern(err, root);
        }
      } else if (!this.uncompilable.has(uri)) {
        this.uncompilable.add(uri);
        this.problem(
          "schema/invalid-schema",
          `${root.name} cannot be compiled: ${err.message}`,
          root.name.startsWith("builtin:") ? this.configFile : root.name
        );
      }
    }
    this.compiled.set(key, fn);
    return fn ?? void 0;
  }
  /**
   * A pattern RE2 cannot run, at its line in whichever loaded schema holds it (a `$ref` may have
   * brought it in): refused, never run on a backtracking engine.
   */
  unsupportedPattern(err, root) {
    const holders = [root, ...[...this.loaded.values()].filter((s) => !!s && s !== root)];
    for (const s of holders) {
      const at = s.doc && findPattern(s.schema, err.pattern);
      if (!s.doc || !at) continue;
      const { range } = s.doc.locate(at, at[at.length - 2] === "patternProperties");
      this.diagnostics.push({
        code: "schema/invalid-schema",
        severity: "error",
        message: `${s.name} cannot be compiled: its pattern ${err.message}`,
        file: s.name,
        path: at,
        range,
        hint: "mlgate matches schema patterns with RE2, in time linear in the value: write the pattern without backreferences or lookaround."
      });
      return;
    }
    const file = root.name.startsWith("builtin:") ? this.configFile : root.name;
    this.problem(
      "schema/invalid-schema",
      `${root.name} cannot be compiled: its pattern ${err.message}`,
      file
    );
  }
  /** A display name for a loaded URI. */
  nameOf(uri) {
    return this.loaded.get(uri)?.name ?? uri;
  }
};
function decodeUtf8(bytes) {
  if (!(0, import_node_buffer.isUtf8)(bytes)) return void 0;
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString("utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    if (b >= 194 && b <= 223) [need, min] = [1, 128];
    else if (b >= 224 && b <= 239) [need, min] = [2, 2048];
    else if (b >= 240 && b <= 244) [need, min] = [3, 65536];
    else return i;
    let cp = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp >= 55296 && cp <= 57343 || cp > 1114111) return i;
    i += need + 1;
  }
  return -1;
}
function bytePosition(bytes, offset) {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start };
}
function parseYamlFast(text, truthyRule, bytes) {
  const lean = (0, import_chunk_MJ6LNWCQ.parseLeanYaml)(text, { rejectTruthy: truthyRule, ...bytes ? { bytes } : {} });
  if (!lean) return void 0;
  return {
    format: "yaml",
    diagnostics: [],
    truthy: [],
    documents: [
      {
        data: lean.data,
        locate: (path3, preferKey) => ({ range: (0, import_chunk_MJ6LNWCQ.leanLocate)((p) => lean.entry(p), path3, preferKey) })
      }
    ]
  };
}
function compileWordFinder(words) {
  let re;
  const program = () => {
    const { RE2JS: engine } = (0, import_chunk_OWFBXHUW.re2js)();
    re ??= engine.compile(`(?:^|[^A-Za-z0-9])((?i:${words.map((w) => engine.quote(w)).join("|")}))`);
    return re;
  };
  const shortest = Math.min(...words.map((w) => [...w].length));
  const onRe2 = (text) => {
    if (text.length < shortest) return void 0;
    const m = program().exec(text);
    if (!m) return void 0;
    const found = String(m[1]).toLowerCase();
    return words.find((w) => w.toLowerCase() === found) ?? String(m[1]);
  };
  if (!words.every(isAscii)) return onRe2;
  const lowered = words.map((w) => w.toLowerCase()).filter((w) => w.length);
  const original = words.filter((w) => w.length);
  if (!lowered.length) return () => void 0;
  const firsts = new Set(lowered.flatMap((w) => [w[0], w[0].toUpperCase()]));
  const starts = new RegExp(
    `[^A-Za-z0-9][${[...firsts].map((c) => /[A-Za-z0-9]/.test(c) ? c : `\\${c}`).join("")}]`,
    "g"
  );
  const wordAt = (text, at) => {
    for (let k = 0; k < lowered.length; k++) if (matchesAt(text, at, lowered[k])) return original[k];
    return void 0;
  };
  return (text, ascii) => {
    if (text.length < shortest) return void 0;
    if (!ascii && !isAscii(text)) return onRe2(text);
    if (firsts.has(text[0])) {
      const found = wordAt(text, 0);
      if (found !== void 0) return found;
    }
    starts.lastIndex = 0;
    while (starts.test(text)) {
      const at = starts.lastIndex - 1;
      const found = wordAt(text, at);
      if (found !== void 0) return found;
      starts.lastIndex = at;
    }
    return void 0;
  };
}
function lower(c) {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
function matchesAt(text, at, word) {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    if (c > 127 || lower(c) !== word.charCodeAt(i)) return false;
  }
  return true;
}
var NON_ASCII = /[^\x00-\x7f]/;
function isAscii(text) {
  return !NON_ASCII.test(text);
}
var FINDERS = /* @__PURE__ */ new Map();
function finderOf(markers) {
  const key = markers.join("\0");
  let finder = FINDERS.get(key);
  if (!finder) {
    finder = compileWordFinder(markers);
    FINDERS.set(key, finder);
  }
  return finder;
}
var envLeak = {
  id: "env-leak",
  description: "A config for environment E mentions another environment's marker (backtest, staging, localhost, ...).",
  checkString({ environment, rules, asciiValues }) {
    if (environment === void 0) return void 0;
    const markers = rules["env-leak"].markers[environment] ?? [];
    if (!markers.length) return void 0;
    const findMarker = finderOf(markers);
    return (value, _key, pathOf) => {
      const marker = findMarker(value, asciiValues);
      if (marker === void 0) return void 0;
      const path3 = pathOf();
      return {
        path: path3,
        message: `${(0, import_chunk_CBQHX6JX.formatPath)(path3)} mentions "${marker}", which must not appear in ${environment} configs`,
        hint: `Point it at the ${environment} resource, or suppress with "# mlgate-disable-next-line env-leak" if it is intended.`
      };
    };
  }
};
var import_picomatch = (0, import_chunk_75QCMCYK.__toESM)((0, import_chunk_HFP5IKVS.require_picomatch)(), 1);
function walkStrings(data, visit) {
  const path3 = [];
  const pathOf = () => path3.slice();
  const walk = (value, key) => {
    if (typeof value === "string") visit(value, key, pathOf);
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path3.push(i);
        walk(value[i], key);
        path3.pop();
      }
    } else if (value !== null && typeof value === "object") {
      for (const k in value) {
        path3.push(k);
        walk(value[k], k);
        path3.pop();
      }
    }
  };
  walk(data, "");
}
var NOT_A_PATH = /^[a-z][a-z0-9+.-]*:\/\/|\$\{|\{\{|[*?[]/i;
function matcher(globs) {
  const tests = globs.map((g) => (0, import_picomatch.default)(g.replace(/\./g, "/"), { dot: true }));
  return (p) => {
    const joined = p.map(String).join("/");
    return tests.some((t) => t(joined));
  };
}
var pathsExist = {
  id: "paths-exist",
  description: "Values of the configured keys must be paths that exist inside the repository.",
  async run({ file, parsed, rules, exists }) {
    const matches = matcher(rules["paths-exist"].keys);
    const candidates = [];
    parsed.documents.forEach((doc, document) => {
      walkStrings(doc.data, (value, _key, pathOf) => {
        if (!value.trim() || NOT_A_PATH.test(value)) return;
        const p = pathOf();
        if (matches(p)) candidates.push({ document, path: p, value });
      });
    });
    const out = [];
    for (const c of candidates) {
      const where = (0, import_chunk_CBQHX6JX.formatPath)(c.path);
      const fromRoot = import_node_path2.default.posix.normalize(c.value.replace(/\\/g, "/"));
      const fromFile = import_node_path2.default.posix.join(import_node_path2.default.posix.dirname(file), fromRoot);
      if (import_node_path2.default.posix.isAbsolute(fromRoot) || fromRoot.startsWith("../")) {
        out.push({
          ...c,
          message: `${where} points outside the repository (${JSON.stringify(c.value)})`,
          hint: "Use a path relative to the repository root."
        });
      } else if (!await exists(fromRoot) && !await exists(fromFile)) {
        out.push({
          ...c,
          message: `${where} names ${JSON.stringify(c.value)}, which does not exist`,
          hint: "Fix the path, or create the file before mlgate runs."
        });
      }
    }
    return out;
  }
};
var PATTERNS = [
  ["AWS access key id", /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/],
  ["private key", /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----/],
  ["GitHub token", /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/],
  ["Slack token", /\bxox[abposr]-[A-Za-z0-9-]{10,}/],
  ["Google API key", /\bAIza[0-9A-Za-z_-]{35}\b/],
  ["Hugging Face token", /\bhf_[A-Za-z0-9]{30,}\b/],
  ["OpenAI API key", /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/],
  ["Stripe secret key", /\b[rs]k_live_[0-9A-Za-z]{20,}\b/],
  ["Azure storage account key", /AccountKey=[A-Za-z0-9+/]{40,}={0,2}/]
];
var URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:([^/\s@]+)@/i;
var SECRET_KEY = /(?:^|[_.-])(?:password|passwd|pwd|secret|secret_key|token|api_?key|access_?key|private_?key|client_secret)$/i;
var PLACEHOLDER = /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\{\{.*\}\}|<[^>]*>|\*+|x+|changeme|change_me|redacted|none|null|todo|your[_-].*|env:.*|secret:.*|vault:.*|arn:aws:secretsmanager:.*|projects\/.+\/secrets\/.+)$/i;
var ANY_PATTERN = new RegExp(
  `${PATTERNS.map(([, re]) => re.source).join("|")}|://[^/\\s:@]+:[^/\\s@]+@`,
  "i"
);
var SHORTEST_SECRET = 7;
function secretKind(key, value) {
  if (value.length < SHORTEST_SECRET) return void 0;
  if (ANY_PATTERN.test(value)) {
    for (const [kind, re] of PATTERNS) if (re.test(value)) return kind;
    const pw = URL_PASSWORD.exec(value);
    if (pw && !PLACEHOLDER.test(pw[1]) && !pw[1].startsWith("$")) return "password inside a URL";
  }
  if (value.length >= 8 && SECRET_KEY.test(key) && !/\s/.test(value) && !PLACEHOLDER.test(value)) {
    return `literal value for "${key}"`;
  }
  return void 0;
}
var secrets = {
  id: "secrets",
  description: "Hard-coded credentials: cloud access keys, private keys, tokens, passwords in URLs.",
  checkString() {
    return (value, key, pathOf) => {
      const kind = secretKind(key, value);
      if (!kind) return void 0;
      const path3 = pathOf();
      return {
        path: path3,
        message: `${(0, import_chunk_CBQHX6JX.formatPath)(path3)} holds a hard-coded secret (${kind}); the value is not shown`,
        hint: "Read it from the environment or a secret store (e.g. ${MY_SECRET}), and rotate the leaked credential."
      };
    };
  }
};
var yamlTruthy = {
  id: "yaml-truthy",
  description: "Unquoted yes/no/on/off: a string in YAML 1.2, a boolean in YAML 1.1 readers such as PyYAML.",
  run({ parsed }) {
    return parsed.truthy.map((t) => ({
      range: t.range,
      message: `"${t.text}" is a string for YAML 1.2 readers but a boolean for YAML 1.1 readers such as PyYAML`,
      hint: `Write true/false for a boolean, or "${t.text}" in quotes for a string.`
    }));
  }
};
var RULES = [envLeak, secrets, yamlTruthy, pathsExist];
var COMMENT = /(?:#|\/\/)\s*mlgate-disable-(next-line|line|file)\b([^\n]*)/g;
function findSuppressions(text) {
  const result = { lines: /* @__PURE__ */ new Map() };
  if (!text.includes("mlgate-disable")) return result;
  for (const m of text.matchAll(COMMENT)) {
    const codes = m[2].split(/[\s,]+/).filter((c) => /^[a-z0-9][a-z0-9/_.-]*$/.test(c));
    if (m[1] === "file") {
      result.file = result.file && (result.file.length === 0 || codes.length === 0) ? [] : [...result.file ?? [], ...codes];
      continue;
    }
    const line = lineOf(text, m.index) + (m[1] === "next-line" ? 1 : 0);
    const had = result.lines.get(line);
    result.lines.set(line, had && (had.length === 0 || codes.length === 0) ? [] : [...had ?? [], ...codes]);
  }
  return result;
}
function lineOf(text, offset) {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
function covers(codes, code) {
  return codes.length === 0 || codes.some((c) => code === c || code.startsWith(`${c}/`) || code.endsWith(`/${c}`));
}
function isSuppressed(s, d) {
  if (s.file && covers(s.file, d.code)) return true;
  const line = d.range?.start.line;
  const codes = line === void 0 ? void 0 : s.lines.get(line);
  return codes !== void 0 && covers(codes, d.code);
}
var UTF8 = new TextDecoder("utf-8", { fatal: true });
var BINARY_SNIFF_BYTES = 8e3;
function fileProblem(code, message, file, range = import_chunk_Y3HCMOLU.FILE_START, hint) {
  return { code, severity: "error", message, file, range, ...hint ? { hint } : {} };
}
function decode(file, bytes) {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return {
      problem: fileProblem(
        "file/binary",
        "file is binary, not a text config",
        file,
        import_chunk_Y3HCMOLU.FILE_START,
        "Narrow the `files` glob so it matches only config files."
      )
    };
  }
  const text = decodeUtf8(bytes);
  if (text !== void 0) return { text };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const at = bytePosition(bytes, bad);
    const range = { start: at, end: { line: at.line, column: at.column + 1 } };
    return {
      problem: fileProblem(
        "file/encoding",
        `invalid UTF-8 byte 0x${bytes[bad].toString(16).padStart(2, "0")}`,
        file,
        range,
        "Save the file as UTF-8."
      )
    };
  }
}
function lintFile(input) {
  const { file, bytes, settings } = input;
  if (bytes.length > settings.maxFileBytes) {
    return [
      fileProblem(
        "file/too-large",
        `file is ${bytes.length} bytes, over the ${settings.maxFileBytes}-byte limit`,
        file,
        import_chunk_Y3HCMOLU.FILE_START,
        "Raise lint.max_file_size or exclude the file."
      )
    ];
  }
  const { text, problem } = decode(file, bytes);
  if (problem || text === void 0) return problem ? [problem] : [];
  if (input.fast !== false && (0, import_chunk_LWPY43F3.formatOf)(file) === "yaml") {
    const fast = parseYamlFast(text, settings.rules["yaml-truthy"].severity !== "off", bytes);
    if (fast) {
      const again = (err) => {
        if (!(err instanceof import_chunk_MJ6LNWCQ.CannotLocate) && !(err instanceof RangeError)) throw err;
        return lintParsed((0, import_chunk_LWPY43F3.parseFile)(text, file), text, input);
      };
      try {
        const done = lintParsed(fast, text, input);
        return done instanceof Promise ? done.catch(again) : done;
      } catch (err) {
        return again(err);
      }
    }
  }
  return lintParsed((0, import_chunk_LWPY43F3.parseFile)(text, file), text, input);
}
function lintParsed(parsed, text, input) {
  const { file, settings } = input;
  const rules = settings.rules;
  const out = [];
  for (const d of parsed.diagnostics) {
    if (d.code.endsWith("/duplicate-key")) {
      const level2 = rules["duplicate-key"].severity;
      if (level2 !== "off") out.push({ ...d, severity: level2 });
    } else {
      out.push(d);
    }
  }
  const many = parsed.documents.length > 1;
  parsed.documents.forEach((doc, i) => {
    for (const schema of input.schemas) {
      for (const d of (0, import_chunk_CBQHX6JX.validateDocument)(schema.validate, doc, file)) {
        out.push({
          ...d,
          message: many ? `document ${i + 1}: ${d.message}` : d.message,
          hint: [d.hint, `Schema: ${schema.label}.`].filter(Boolean).join(" ")
        });
      }
    }
  });
  const environment = input.otherEnvironment === void 0 ? input.environment : void 0;
  const asciiValues = input.bytes.length === text.length && !text.includes("\\");
  const ctx = { file, environment, parsed, asciiValues, rules, exists: input.exists };
  const found = ruleFindings(ctx);
  return found instanceof Promise ? found.then((f) => withFindings(out, f, parsed, text, input)) : withFindings(out, found, parsed, text, input);
}
function withFindings(out, found, parsed, text, input) {
  const { file, settings } = input;
  const rules = settings.rules;
  for (const [rule, f] of found) {
    const level2 = rules[rule.id].severity;
    const doc = parsed.documents[f.document ?? 0];
    const where = f.range ? { range: f.range } : doc && f.path ? doc.locate(f.path, f.preferKey ?? false) : { range: import_chunk_Y3HCMOLU.FILE_START };
    out.push({
      code: rule.id,
      severity: level2,
      message: (0, import_chunk_CBQHX6JX.withVia)(f.message, where),
      file,
      range: where.range,
      ...f.path ? { path: f.path } : {},
      ...f.hint ? { hint: f.hint } : {}
    });
  }
  if (!out.length) return out;
  const suppressions = findSuppressions(text);
  const seen = /* @__PURE__ */ new Set();
  const kept = out.filter((d) => {
    const key = `${d.code}\0${d.message}\0${d.range?.start.line}:${d.range?.start.column}`;
    if (seen.has(key) || isSuppressed(suppressions, d)) return false;
    seen.add(key);
    return true;
  });
  return (0, import_chunk_CBQHX6JX.sortDiagnostics)(kept);
}
function ruleFindings(ctx) {
  const ran = [];
  const stringChecks = [];
  for (const rule of RULES) {
    if (ctx.rules[rule.id].severity === "off") continue;
    if (rule.run) ran.push([rule, rule.run(ctx)]);
    else {
      const check = rule.checkString(ctx);
      if (check) stringChecks.push([rule, check]);
    }
  }
  const strings = stringFindings(ctx, stringChecks);
  const merge = (lists) => [
    ...ran.flatMap(([rule], i) => lists[i].map((f) => [rule, f])),
    ...strings
  ];
  if (ran.some(([, r]) => r instanceof Promise)) return Promise.all(ran.map(([, r]) => r)).then(merge);
  return merge(ran.map(([, r]) => r));
}
function stringFindings(ctx, stringChecks) {
  const found = [];
  if (!stringChecks.length) return found;
  ctx.parsed.documents.forEach((doc, document) => {
    walkStrings(doc.data, (value, key, pathOf) => {
      for (let i = 0; i < stringChecks.length; i++) {
        const f = stringChecks[i][1](value, key, pathOf);
        if (f) found.push([stringChecks[i][0], { ...f, document }]);
      }
    });
  });
  return found;
}
async function runLintJob(job, workspace, registry) {
  const settings = lintSettings(job.config);
  const reg = registry ?? new SchemaRegistry(workspace, job.environment, job.configFile);
  const compiled = /* @__PURE__ */ new Map();
  const load = async ({ ref, label }, inEnvironment, key) => {
    const uri = await reg.load(ref);
    const validate = uri ? reg.validator(uri, inEnvironment) : void 0;
    compiled.set(key, validate ? { label, validate } : void 0);
  };
  const exists = (rel) => workspace.exists(rel);
  const results = [];
  const ahead = job.globbed && job.files.length >= READ_AHEAD_FILES ? (0, import_chunk_2CG4V7IG.startReadAhead)(
    job.files.map(({ file }) => insideOrNull(workspace, file)),
    settings.maxFileBytes
  ) : void 0;
  try {
    for (const [index, { file, schemas: refs, environment }] of job.files.entries()) {
      const schemas = [];
      for (const r of refs) {
        const key = environment === void 0 ? r.ref : `${r.ref}\0base`;
        if (!compiled.has(key)) await load(r, environment === void 0, key);
        const s = compiled.get(key);
        if (s) schemas.push(s.label === r.label ? s : { ...s, label: r.label });
      }
      try {
        const bytes = ahead?.take(index) ?? await workspace.readBytes(file, settings.maxFileBytes, { globbed: job.globbed });
        const diagnostics = lintFile({
          file,
          bytes,
          schemas,
          settings,
          environment: job.environment,
          ...environment === void 0 ? {} : { otherEnvironment: environment },
          exists,
          fast: job.fast
        });
        results.push([file, diagnostics instanceof Promise ? await diagnostics : diagnostics]);
      } catch (err) {
        if (!(err instanceof import_chunk_TEV5JGM7.WorkspaceError)) throw err;
        const code = err.tooLarge ? "file/too-large" : "file/unreadable";
        const hint = err.tooLarge ? "Raise lint.max_file_size or exclude the file." : "Check the path.";
        results.push([
          file,
          [{ code, severity: "error", message: err.message, file, range: import_chunk_Y3HCMOLU.FILE_START, hint }]
        ]);
      }
    }
  } finally {
    ahead?.stop();
  }
  return results;
}
var READ_AHEAD_FILES = 200;
function insideOrNull(workspace, file) {
  try {
    return workspace.resolve(file);
  } catch {
    return null;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SchemaRegistry,
  lintSettings,
  runLintJob
});
