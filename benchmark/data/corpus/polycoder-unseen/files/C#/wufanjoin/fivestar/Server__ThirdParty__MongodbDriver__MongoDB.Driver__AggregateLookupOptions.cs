/* Copyright 2015 MongoDB Inc.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

using MongoDB.Bson.Serialization;

namespace MongoDB.Driver
{
    /// <summary>
    /// Options for the aggregate $lookup stage.
    /// </summary>
    /// <typeparam name="TForeignDocument">The type of the foreign document.</typeparam>
    /// <typeparam name="TResult">The type of the result.</typeparam>
    public sealed class AggregateLookupOptions<TForeignDocument, TResult>
    {
        private IBsonSerializer<TForeignDocument> _foreignSerializer;
        private IBsonSerializer<TResult> _resultSerializer;

        /// <summary>
        /// Gets or sets the foreign document serializer.
        /// </summary>
        public IBsonSerializer<TForeignDocument> ForeignSerializer
        {
            get { return _foreignSerializer; }
            set { _foreignSerializer = value; }
        }

        /// <summary>
        /// Gets or sets the result serializer.
        /// </summary>
        public IBsonSerializer<TResult> ResultSerializer
        {
            get { return _resultSerializer; }
            set { _resultSerializer = value; }
        }
    }
}
