"""promptlint: find personal and confidential data in text before it goes into a public AI tool.

The checks follow Digitaliseringsministeriet's guideline for responsible use of generative AI
(23-01-2025). See ``promptlint rules`` and ``promptlint explain CODE``.
"""

__version__ = "0.1.0"
